package dev.postmortems.jira.domain.verdict;

import java.util.Locale;

/** Why a verdict cannot be recorded as given. */
public enum VerdictProblem {
    VERDICT_UNKNOWN("verdict"),
    REASON_MISSING("reason"),
    REASON_TOO_LONG("reason"),
    EVIDENCE_TOO_LONG("evidence");

    /** A note of the meeting's record is at most this long: a few pages of text. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private final String field;

    VerdictProblem(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** For i18n keys: {@code postmortems.verdict.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
