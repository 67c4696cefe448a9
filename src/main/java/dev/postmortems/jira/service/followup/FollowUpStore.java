package dev.postmortems.jira.service.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: the follow-up tickets of one kind (actions or reviews) as the app mirrors them from Jira — due day,
 * resolution and last reminder — for the JQL functions and the reminders. The feature stores extend it; the
 * reminders and searches see only this.
 */
public interface FollowUpStore {
    /** Unresolved tickets due before {@code dueBefore}, as last mirrored (see FollowUpCalendar for the bound). */
    List<Long> overdueTickets(LocalDate dueBefore);

    /** Unresolved tickets due before {@code dueBefore} with no reminder for their current due date; at most {@code limit}. */
    List<Long> overdueWithoutReminder(LocalDate dueBefore, int limit);

    /**
     * Unresolved tickets due from {@code from} to {@code to} (both included) with no pre-due reminder for their
     * current due date; at most {@code limit}.
     */
    List<Long> dueSoonWithoutReminder(LocalDate from, LocalDate to, int limit);

    /** The due date the ticket's last pre-due reminder was for. */
    Optional<LocalDate> foreRemindedFor(long ticketId);

    void markForeReminded(long ticketId, LocalDate dueDate);

    /** The due date the ticket's last reminder was for. */
    Optional<LocalDate> remindedFor(long ticketId);

    void markReminded(long ticketId, LocalDate dueDate);

    /** Jira changed an issue: the rows that follow it take its state; rows whose values are the same are not written. */
    void ticketChanged(long ticketId, IssueState now);

    /** Ticket ids above {@code afterTicketId}, ascending, at most {@code limit}: the reconciliation's next stretch. */
    List<Long> ticketsAfter(long afterTicketId, int limit);
}
