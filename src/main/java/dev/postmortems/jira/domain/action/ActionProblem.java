package dev.postmortems.jira.domain.action;

import java.util.Locale;

/** Why an action cannot be created as given. */
public enum ActionProblem {
    SUMMARY_MISSING("summary"),
    SUMMARY_TOO_LONG("summary"),
    KIND_UNKNOWN("kind"),
    ASSIGNEE_MISSING("assignee"),
    DUE_DATE_INVALID("dueDate"),
    DUE_DATE_OUT_OF_RANGE("dueDate"),
    DESCRIPTION_TOO_LONG("description"),
    SUCCESS_CHECK_TOO_LONG("successCheck"),
    REQUEST_ID_INVALID("requestId");

    /** Jira's own limit for a summary. */
    public static final int MAX_SUMMARY_LENGTH = 255;
    public static final int MAX_DESCRIPTION_LENGTH = 30_000;
    /** As long as a note of the meeting's record may be. */
    public static final int MAX_SUCCESS_CHECK_LENGTH = 10_000;
    /** How far before or after today an action may be due. */
    public static final int MAX_YEARS_AWAY = 10;

    private final String field;

    ActionProblem(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** For i18n keys: {@code postmortems.action.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
