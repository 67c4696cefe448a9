package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One of the site's cause categories, which root causes ({@link WhyChainEntity#CATEGORY_ID}) are sorted into. */
@Table("CAUSE_CATEGORY")
public interface CauseCategoryEntity extends Entity {
    String NAME = "NAME";
    String POSITION = "POSITION";

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** Order in the list, lowest first. */
    @NotNull
    int getPosition();

    void setPosition(int position);
}
