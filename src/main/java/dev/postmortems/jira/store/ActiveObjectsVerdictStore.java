package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.service.review.VerdictStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Verdicts in Active Objects: a postmortem's read in one indexed query, only ever added to. */
public final class ActiveObjectsVerdictStore implements VerdictStore {
    private static final String COLUMNS = String.join(", ", "ID", VerdictEntity.ISSUE_ID, VerdictEntity.REVIEW_TICKET_ID,
            VerdictEntity.ACTION_ID, VerdictEntity.VERDICT, VerdictEntity.EVIDENCE, VerdictEntity.REASON, VerdictEntity.JUDGED_BY,
            VerdictEntity.JUDGED_AT);

    private final ActiveObjects ao;

    public ActiveObjectsVerdictStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<VerdictRecord> verdictsOf(long issueId) {
        return Arrays.stream(ao.find(VerdictEntity.class, Query.select(COLUMNS).where(VerdictEntity.ISSUE_ID + " = ?", issueId)))
                .sorted(Comparator.comparingInt(VerdictEntity::getID))
                .flatMap(row -> toRecord(row).stream())
                .toList();
    }

    @Override
    public VerdictRecord add(long issueId, long reviewTicketId, long actionId, Verdict verdict, String evidence, String reason,
                             String judgedBy, Instant judgedAt) {
        VerdictEntity row = ao.create(VerdictEntity.class,
                new DBParam(VerdictEntity.ISSUE_ID, issueId),
                new DBParam(VerdictEntity.REVIEW_TICKET_ID, reviewTicketId),
                new DBParam(VerdictEntity.ACTION_ID, actionId),
                new DBParam(VerdictEntity.VERDICT, verdict.key()),
                new DBParam(VerdictEntity.EVIDENCE, evidence.isEmpty() ? null : evidence),
                new DBParam(VerdictEntity.REASON, reason.isEmpty() ? null : reason),
                new DBParam(VerdictEntity.JUDGED_BY, judgedBy),
                new DBParam(VerdictEntity.JUDGED_AT, judgedAt.toEpochMilli()));
        return toRecord(row).orElseThrow();
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(VerdictEntity.class, VerdictEntity.ISSUE_ID + " = ?", issueId);
    }

    // A verdict this version does not know (written by a newer one) is left out rather than misread.
    private static Optional<VerdictRecord> toRecord(VerdictEntity row) {
        return Verdict.fromKey(row.getVerdict()).map(verdict -> new VerdictRecord(row.getID(), row.getIssueId(),
                row.getReviewTicketId(), row.getActionId(), verdict, Optional.ofNullable(row.getEvidence()).orElse(""),
                Optional.ofNullable(row.getReason()).orElse(""), row.getJudgedBy(), Instant.ofEpochMilli(row.getJudgedAt())));
    }
}
