package dev.postmortems.jira.service.review;

import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.verdict.VerdictRecord;

import java.time.Instant;
import java.util.List;

/** Port: the verdicts the follow-up reviews gave a postmortem's actions; only ever added to. */
public interface VerdictStore {
    /** Every verdict of the postmortem, oldest first, in one query whatever their number. */
    List<VerdictRecord> verdictsOf(long issueId);

    VerdictRecord add(long issueId, long reviewTicketId, long actionId, Verdict verdict, String evidence, String reason,
                      String judgedBy, Instant judgedAt);

    /** The postmortem was deleted: its verdicts go. */
    int deleteAllOf(long issueId);
}
