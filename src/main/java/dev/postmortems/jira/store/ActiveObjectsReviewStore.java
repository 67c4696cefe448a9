package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.verdict.ReviewOutcome;
import dev.postmortems.jira.service.review.ReviewRecord;
import dev.postmortems.jira.service.review.ReviewStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Follow-up reviews in Active Objects: one indexed query per read. */
public final class ActiveObjectsReviewStore extends ActiveObjectsTicketMirror<ReviewEntity> implements ReviewStore {
    private static final String COLUMNS = String.join(", ", "ID", ReviewEntity.ISSUE_ID, ReviewEntity.TICKET_ID,
            ReviewEntity.REQUEST_ID);

    public ActiveObjectsReviewStore(ActiveObjects ao) {
        super(ao, ReviewEntity.class, MirroredTicket.TICKET_ID, ReviewEntity::getTicketId);
    }

    @Override
    public List<DueReview> dueUntil(java.time.LocalDate lastDay) {
        List<DueReview> due = new java.util.ArrayList<>();
        ao.stream(ReviewEntity.class, Query.select(String.join(", ", "ID", ReviewEntity.ISSUE_ID, ReviewEntity.TICKET_ID, ReviewEntity.DUE_DAY))
                .where(ReviewEntity.RESOLVED + " = ? AND " + ReviewEntity.DUE_DAY + " <= ? AND " + ReviewEntity.TICKET_ID + " IS NOT NULL",
                        false, lastDay.toEpochDay()),
                row -> due.add(new DueReview(row.getIssueId(), row.getTicketId(), java.time.LocalDate.ofEpochDay(row.getDueDay()))));
        return due;
    }

    @Override
    public List<ReviewRecord> reviewsOf(long issueId) {
        return Arrays.stream(ao.find(ReviewEntity.class, Query.select(COLUMNS).where(ReviewEntity.ISSUE_ID + " = ?", issueId)))
                .sorted(Comparator.comparingInt(ReviewEntity::getID))
                .map(ActiveObjectsReviewStore::toRecord)
                .toList();
    }

    @Override
    public Optional<ReviewRecord> findByRequest(String requestId) {
        return Arrays.stream(ao.find(ReviewEntity.class, Query.select(COLUMNS).where(ReviewEntity.REQUEST_ID + " = ?", requestId)))
                .findFirst().map(ActiveObjectsReviewStore::toRecord);
    }

    @Override
    public Optional<ReviewRecord> findByTicket(long ticketId) {
        return Arrays.stream(ao.find(ReviewEntity.class, Query.select(COLUMNS).where(ReviewEntity.TICKET_ID + " = ?", ticketId)))
                .findFirst().map(ActiveObjectsReviewStore::toRecord);
    }

    @Override
    public void mirrorOutcome(long ticketId, ReviewOutcome outcome) {
        for (ReviewEntity row : ao.find(ReviewEntity.class, Query.select("ID, " + ReviewEntity.OUTCOME)
                .where(ReviewEntity.TICKET_ID + " = ?", ticketId))) {
            if (!outcome.key().equals(row.getOutcome())) {
                row.setOutcome(outcome.key());
                row.save();
            }
        }
    }

    @Override
    public List<Long> ticketsWithOutcome(ReviewOutcome outcome) {
        return column(ReviewEntity::getTicketId, Query.select("ID, " + ReviewEntity.TICKET_ID)
                .where(ReviewEntity.OUTCOME + " = ? AND " + ReviewEntity.TICKET_ID + " IS NOT NULL", outcome.key()));
    }

    @Override
    public ReviewRecord createPending(long issueId, String requestId) {
        return toRecord(ao.create(ReviewEntity.class,
                new DBParam(ReviewEntity.ISSUE_ID, issueId),
                new DBParam(ReviewEntity.REQUEST_ID, requestId)));
    }

    @Override
    public ReviewRecord recordTicket(long reviewId, long ticketId) {
        return ao.executeInTransaction(() -> {
            ReviewEntity row = ao.get(ReviewEntity.class, (int) reviewId);
            if (row.getTicketId() == null || row.getTicketId() != ticketId) {
                row.setTicketId(ticketId);
                row.save();
            }
            return toRecord(row);
        });
    }

    @Override
    public void delete(long reviewId) {
        ao.deleteWithSQL(ReviewEntity.class, "ID = ?", reviewId);
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(ReviewEntity.class, ReviewEntity.ISSUE_ID + " = ?", issueId);
    }

    private static ReviewRecord toRecord(ReviewEntity row) {
        return new ReviewRecord(row.getID(), row.getIssueId(), row.getRequestId(), Optional.ofNullable(row.getTicketId()));
    }
}
