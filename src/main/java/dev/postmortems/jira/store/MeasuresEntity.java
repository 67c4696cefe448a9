package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A postmortem's measures in seconds, as its timeline gives them, for {@code postmortemsWithMeasure}: one row per
 * postmortem, a column per measure, null where the timeline lacks a key moment.
 */
@Table("MEASURES")
public interface MeasuresEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String DETECT_SECONDS = "DETECT_SECONDS";
    String MITIGATE_SECONDS = "MITIGATE_SECONDS";
    String RESOLVE_SECONDS = "RESOLVE_SECONDS";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Indexed
    Long getDetectSeconds();

    void setDetectSeconds(Long seconds);

    @Indexed
    Long getMitigateSeconds();

    void setMitigateSeconds(Long seconds);

    @Indexed
    Long getResolveSeconds();

    void setResolveSeconds(Long seconds);
}
