package dev.postmortems.jira.service.review;

import dev.postmortems.jira.domain.verdict.ReviewOutcome;
import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.followup.FollowUpStore;

import java.util.List;
import java.util.Optional;

/** Port: the follow-up reviews of postmortems, recorded before their tickets exist so a retry finds them. */
public interface ReviewStore extends FollowUpStore, RetrySafeCreation.Requests<ReviewRecord> {
    /** Oldest first. */
    List<ReviewRecord> reviewsOf(long issueId);

    Optional<ReviewRecord> findByRequest(String requestId);

    /** The review whose ticket this is, if it is one. */
    Optional<ReviewRecord> findByTicket(long ticketId);

    /** Mirrors the review's outcome ({@code ReviewLoop.outcomeAt}) for the JQL functions; writes only a change. */
    void mirrorOutcome(long ticketId, ReviewOutcome outcome);

    /** The review tickets whose mirrored outcome is this one. */
    List<Long> ticketsWithOutcome(ReviewOutcome outcome);

    ReviewRecord createPending(long issueId, String requestId);

    /** A review ticket not yet resolved, as last mirrored: its postmortem and due date. */
    record DueReview(long postmortemId, long ticketId, java.time.LocalDate due) {
    }

    /** The unresolved review tickets due on {@code lastDay} or before, site-wide, in one indexed query. */
    List<DueReview> dueUntil(java.time.LocalDate lastDay);

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
