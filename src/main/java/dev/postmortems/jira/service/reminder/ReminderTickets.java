package dev.postmortems.jira.service.reminder;

import java.time.LocalDate;
import java.util.Optional;

/** Port: what Jira says of a ticket now, and the comment that reminds its assignee. */
public interface ReminderTickets {
    /** Empty when the ticket no longer exists. */
    Optional<TicketNow> ticket(long ticketId);

    /** Many tickets in one batch read; deleted ones are missing from the map. */
    java.util.Map<Long, TicketNow> tickets(java.util.Collection<Long> ticketIds);

    /** Comments as the ticket's reporter, with Jira's notifications. */
    void comment(long ticketId, String text);


    /** @param assignee the assignee's username, to mention */
    record TicketNow(Optional<LocalDate> due, boolean resolved, Optional<String> assignee) {
    }
}
