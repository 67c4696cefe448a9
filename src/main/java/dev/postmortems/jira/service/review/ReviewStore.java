package dev.postmortems.jira.service.review;

import dev.postmortems.jira.service.followup.FollowUpStore;

import java.util.List;
import java.util.Optional;

/** Port: the follow-up reviews of postmortems, recorded before their tickets exist so a retry finds them. */
public interface ReviewStore extends FollowUpStore {
    /** Oldest first. */
    List<ReviewRecord> reviewsOf(long issueId);

    Optional<ReviewRecord> findByRequest(String requestId);

    ReviewRecord createPending(long issueId, String requestId);

    ReviewRecord recordTicket(long reviewId, long ticketId);

    void delete(long reviewId);

    int deleteAllOf(long issueId);
}
