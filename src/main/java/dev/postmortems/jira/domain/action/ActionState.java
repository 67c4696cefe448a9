package dev.postmortems.jira.domain.action;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an action stands, one answer for every panel, export and search. Decided in this order: an action whose
 * ticket is not created yet is pending; one whose ticket was deleted or unlinked in Jira is gone (it treats nothing);
 * one the reader may not browse is restricted (nothing more is said of it); then done, overdue or open.
 */
public enum ActionState {
    PENDING, GONE, RESTRICTED, OPEN, OVERDUE, DONE;

    /**
     * @param stands   whether its ticket still exists and is linked to the postmortem ({@link ActionStanding})
     * @param visible  whether the reader may browse the ticket
     * @param resolved whether Jira has the ticket resolved
     * @param due      the ticket's due day
     * @param today    today, as {@link FollowUpCalendar} counts it
     */
    public static ActionState of(ActionRecord action, boolean stands, boolean visible, boolean resolved,
                                 Optional<LocalDate> due, LocalDate today) {
        if (action.ticketId().isEmpty()) {
            return PENDING;
        }
        return ofTicket(stands, visible, resolved, due, today);
    }

    /** Where an action whose ticket was created stands; see {@link #of}. */
    public static ActionState ofTicket(boolean stands, boolean visible, boolean resolved, Optional<LocalDate> due, LocalDate today) {
        if (!stands) {
            return GONE;
        }
        if (!visible) {
            return RESTRICTED;
        }
        if (resolved) {
            return DONE;
        }
        return FollowUpCalendar.isOverdue(due, false, today) ? OVERDUE : OPEN;
    }

    /** The name templates, scripts and JSON use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
