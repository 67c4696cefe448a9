package dev.postmortems.jira.service.review;

import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.followup.FollowUpStore;

import java.util.List;
import java.util.Optional;

/** Port: the follow-up reviews of postmortems, recorded before their tickets exist so a retry finds them. */
public interface ReviewStore extends FollowUpStore, RetrySafeCreation.Requests<ReviewRecord> {
    /** Oldest first. */
    List<ReviewRecord> reviewsOf(long issueId);

    Optional<ReviewRecord> findByRequest(String requestId);

    ReviewRecord createPending(long issueId, String requestId);

    ReviewRecord recordTicket(long reviewId, long ticketId);

    void delete(long reviewId);

    int deleteAllOf(long issueId);

    @Override
    default Optional<ReviewRecord> byReference(String requestId) {
        return findByRequest(requestId);
    }

    @Override
    default long ownerOf(ReviewRecord review) {
        return review.issueId();
    }

    @Override
    default Optional<Long> ticketOf(ReviewRecord review) {
        return review.ticketId();
    }

    @Override
    default ReviewRecord noteTicket(ReviewRecord review, long ticketId) {
        return recordTicket(review.id(), ticketId);
    }

    @Override
    default void forget(ReviewRecord review) {
        delete(review.id());
    }
}
