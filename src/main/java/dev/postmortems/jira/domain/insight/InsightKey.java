package dev.postmortems.jira.domain.insight;

import java.util.Locale;

/** A dashboard item's row kind, named for scripts and JSON as its constant in lower case with dashes: {@code due-soon}. */
public interface InsightKey {
    /** The constant's name, as every enum has it. */
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
