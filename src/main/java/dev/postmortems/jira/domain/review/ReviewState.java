package dev.postmortems.jira.domain.review;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a postmortem's follow-up review stands, from its newest review ticket that still exists: none scheduled,
 * scheduled, overdue (calendar days in Jira's default time zone, as {@link FollowUpCalendar} counts) or done.
 */
public enum ReviewState {
    NOT_SCHEDULED, SCHEDULED, OVERDUE, DONE;

    /**
     * @param ticketExists whether a review ticket exists (deleted ones do not count)
     * @param resolved     whether Jira has it resolved
     * @param due          its due day
     */
    public static ReviewState of(boolean ticketExists, boolean resolved, Optional<LocalDate> due, LocalDate today) {
        if (!ticketExists) {
            return NOT_SCHEDULED;
        }
        if (resolved) {
            return DONE;
        }
        return FollowUpCalendar.isOverdue(due, false, today) ? OVERDUE : SCHEDULED;
    }

    /** The name JSON uses. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
