package dev.postmortems.jira.service.cause;

import dev.postmortems.jira.domain.cause.CauseCategory;

import java.util.List;

/** Port: where the site's cause categories are kept. */
public interface CauseCategoryStore {
    /** Every category, in one query. */
    List<CauseCategory> all();

    /** Adds the category at the end of the list. */
    CauseCategory add(String name);

    /** Adds these categories at the end, in one transaction: others read all of them or none. */
    void addAll(List<String> names);

    void rename(long id, String name);

    /** Gives the categories positions in this order. */
    void reorder(List<Long> ids);

    void delete(long id);
}
