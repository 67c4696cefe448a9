package dev.postmortems.jira.service.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: the follow-up reviews of postmortems, recorded before their tickets exist so a retry finds them. */
public interface ReviewStore extends dev.postmortems.jira.service.reminder.ReminderStore {
    /** Oldest first. */
    List<ReviewRecord> reviewsOf(long issueId);

    Optional<ReviewRecord> findByRequest(String requestId);

    ReviewRecord createPending(long issueId, String requestId);

    ReviewRecord recordTicket(long reviewId, long ticketId);

    void delete(long reviewId);

    int deleteAllOf(long issueId);

    /** Mirrors what Jira says of a review ticket, for the JQL functions. */
    void ticketChanged(long ticketId, Optional<LocalDate> due, boolean resolved);

    /** Unresolved review tickets due before today, as last mirrored. */
    List<Long> overdueTickets(LocalDate today);
}
