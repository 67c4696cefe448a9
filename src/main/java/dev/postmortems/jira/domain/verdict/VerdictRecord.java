package dev.postmortems.jira.domain.verdict;

import java.time.Instant;
import java.util.Objects;

/**
 * One verdict as recorded: which review gave it, on which action, and what it said. Verdicts are never overwritten:
 * judging an action again adds a record, and the newest counts ({@link ReviewLoop}).
 *
 * @param postmortemId   the postmortem's Jira issue id
 * @param reviewTicketId the Postmortem Review ticket of the meeting that judged it
 * @param actionId       the app's action record
 * @param evidence       what shows it: a metric, a test, a drill or a ticket; {@code ""} when none was given
 * @param reason         why the action was dropped; {@code ""} for other verdicts
 * @param judgedBy       the username of who recorded it
 */
public record VerdictRecord(long id, long postmortemId, long reviewTicketId, long actionId, Verdict verdict, String evidence,
                            String reason, String judgedBy, Instant judgedAt) {
    public VerdictRecord {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(judgedBy, "judgedBy");
        Objects.requireNonNull(judgedAt, "judgedAt");
    }
}
