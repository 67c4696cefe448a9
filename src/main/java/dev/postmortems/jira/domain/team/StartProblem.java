package dev.postmortems.jira.domain.team;

import java.util.Locale;

/** Why a postmortem cannot be started as asked. */
public enum StartProblem {
    INCIDENT_MISSING("incidentKey"),
    SUMMARY_MISSING("summary"),
    SUMMARY_TOO_LONG("summary"),
    FACILITATOR_MISSING("facilitator"),
    TOO_MANY_PARTICIPANTS("participants"),
    REQUEST_ID_INVALID("requestId");

    public static final int MAX_SUMMARY_LENGTH = 255;
    public static final int MAX_PARTICIPANTS = 100;

    private final String field;

    StartProblem(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** For i18n keys: {@code postmortems.team.problem.<code>}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
