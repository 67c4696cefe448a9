package dev.postmortems.jira.domain.timeline;

import java.util.Locale;

/** Why a timeline entry cannot be saved as given. Each names the input field it concerns. */
public enum TimelineProblem {
    TEXT_MISSING("text"),
    TEXT_TOO_LONG("text"),
    TIME_MISSING("occurredAt"),
    TIME_INVALID("occurredAt"),
    TIME_OUT_OF_RANGE("occurredAt"),
    TAG_UNKNOWN("tag"),
    /** Pasted lines only: no timestamp could be read at the start of the line. */
    NO_TIMESTAMP("line");

    /** Longest text an entry may hold, in characters (Java chars, as the database counts them). */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private final String field;

    TimelineProblem(String field) {
        this.field = field;
    }

    /** The JSON field the problem concerns. */
    public String field() {
        return field;
    }

    /** Lower-case name for i18n keys: {@code postmortems.timeline.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
