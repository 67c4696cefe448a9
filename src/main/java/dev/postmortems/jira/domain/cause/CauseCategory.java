package dev.postmortems.jira.domain.cause;

import java.util.Objects;

/**
 * One entry of the site's list of cause categories ("change", "capacity/scale", …), which root causes are sorted
 * into so that causes that keep coming back can be seen across postmortems.
 *
 * @param position where it stands in the list, lowest first
 */
public record CauseCategory(long id, String name, int position) {
    public CauseCategory {
        Objects.requireNonNull(name, "name");
    }
}
