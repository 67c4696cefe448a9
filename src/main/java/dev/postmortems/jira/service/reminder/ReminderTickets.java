package dev.postmortems.jira.service.reminder;

import dev.postmortems.jira.service.followup.IssueState;
import java.time.LocalDate;
import java.util.Optional;

/** Port: what Jira says of a ticket now, and the comment that reminds its assignee. */
public interface ReminderTickets {
    /** Empty when the ticket no longer exists. */
    Optional<TicketNow> ticket(long ticketId);

    /** Many tickets in one batch read; deleted ones are missing from the map. */
    java.util.Map<Long, TicketNow> tickets(java.util.Collection<Long> ticketIds);

    /**
     * Comments with Jira's notifications, as {@code author} — or with no author when none is given or that user no
     * longer exists: Jira then shows the comment as Anonymous, and notifies the assignee all the same (a comment by
     * the assignee, such as one written as a reporter who owns the ticket, would not).
     */
    void comment(long ticketId, String text, Optional<String> author);


    /** @param assignee the assignee's username, to mention */
    record TicketNow(IssueState state, Optional<String> assignee) {
        public Optional<LocalDate> due() {
            return state.due();
        }

        public boolean resolved() {
            return state.resolved();
        }
    }
}
