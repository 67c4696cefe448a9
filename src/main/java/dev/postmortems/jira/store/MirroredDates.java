package dev.postmortems.jira.store;

/**
 * The columns that mirror a Jira issue's due date and resolution, kept in step with Jira's issue events, so the JQL
 * functions and the reminders answer from one indexed query instead of loading issues. Which column names the issue
 * is each table's own ({@link MirroredTicket} for actions and reviews, the postmortem's id for started postmortems).
 */
public interface MirroredDates {
    String DUE_DAY = "DUE_DAY";
    String RESOLVED = "RESOLVED";
    String REMINDED_DUE_DAY = "REMINDED_DUE_DAY";
    String FORE_REMINDED_DUE_DAY = "FORE_REMINDED_DUE_DAY";

    /** The due date in days since 1970-01-01, or null when it has none. */
    Long getDueDay();

    void setDueDay(Long dueDay);

    boolean getResolved();

    void setResolved(boolean resolved);

    /** The due day the last overdue reminder was for: one reminder per overdue period. */
    Long getRemindedDueDay();

    void setRemindedDueDay(Long remindedDueDay);

    /** The due day the last pre-due reminder was for: one such reminder per due date. */
    Long getForeRemindedDueDay();

    void setForeRemindedDueDay(Long foreRemindedDueDay);
}
