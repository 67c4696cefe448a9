package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One verdict a follow-up review gave an action. Rows are only added: judging again adds a row, so the history stays
 * and the newest (highest id) counts.
 */
@Table("VERDICT")
public interface VerdictEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String REVIEW_TICKET_ID = "REVIEW_TICKET_ID";
    String ACTION_ID = "ACTION_ID";
    String VERDICT = "VERDICT";
    String EVIDENCE = "EVIDENCE";
    String REASON = "REASON";
    String JUDGED_BY = "JUDGED_BY";
    String JUDGED_AT = "JUDGED_AT";

    /** The postmortem's Jira issue id: the snapshot reads a postmortem's verdicts in one indexed query. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** The Postmortem Review ticket of the meeting that gave it. */
    @NotNull
    long getReviewTicketId();

    void setReviewTicketId(long reviewTicketId);

    /** The action record judged. */
    @NotNull
    long getActionId();

    void setActionId(long actionId);

    @NotNull
    @StringLength(16)
    String getVerdict();

    void setVerdict(String verdict);

    /** Null when none was given. */
    @StringLength(StringLength.UNLIMITED)
    String getEvidence();

    void setEvidence(String evidence);

    /** Null unless the action was dropped. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    @StringLength(255)
    String getJudgedBy();

    void setJudgedBy(String judgedBy);

    /** Epoch milliseconds. */
    @NotNull
    long getJudgedAt();

    void setJudgedAt(long judgedAt);
}
