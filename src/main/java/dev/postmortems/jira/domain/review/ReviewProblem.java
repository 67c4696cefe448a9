package dev.postmortems.jira.domain.review;

/** What can be wrong with a request to schedule a follow-up review, before Jira is asked anything. */
public enum ReviewProblem {
    OWNER_MISSING("owner", "owner-missing"),
    INTERVAL_UNKNOWN("interval", "interval-unknown"),
    DATE_UNREADABLE("date", "date-unreadable"),
    DATE_NOT_IN_FUTURE("date", "date-not-in-future"),
    DATE_TOO_FAR("date", "date-too-far"),
    REQUEST_ID_INVALID("requestId", "request-id-invalid");

    /** A review more than this many years ahead is a typo, not a plan. */
    public static final int MAX_YEARS_AHEAD = 2;

    private final String field;
    private final String code;

    ReviewProblem(String field, String code) {
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
