package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One action of a postmortem: which Jira ticket it is, its kind, the why-chain it addresses, the action it follows
 * up, and how the team will know it worked. {@code VERDICT} and {@code NEEDS_FOLLOW_UP} mirror what the reviews
 * decided ({@code ReviewLoop}), written with each verdict, so the JQL functions answer from one indexed query.
 * {@code PROJECT_ID}, {@code CREATED_AT} and {@code DONE_AT} place it for the Follow-through dashboard item: the
 * postmortem's project (followed when the postmortem moves), when the action was decided and when its ticket was
 * resolved (followed from Jira's issue events like the due date).
 */
@Table("ACTION")
// For the JQL functions: the unresolved tickets by due date, the postmortems with unresolved tickets, the actions
// by verdict and those judged not effective with no follow-up.
@Indexes({@Index(name = "resolved_due", methodNames = {"getResolved", "getDueDay"}),
        @Index(name = "resolved_issue", methodNames = {"getResolved", "getIssueId"}),
        @Index(name = "verdict_issue", methodNames = {"getVerdict", "getIssueId"}),
        @Index(name = "project_resolved", methodNames = {"getProjectId", "getResolved"})})
public interface ActionEntity extends Entity, MirroredTicket {
    String ISSUE_ID = "ISSUE_ID";
    String KIND = "KIND";
    String CHAIN_ID = "CHAIN_ID";
    String REQUEST_ID = "REQUEST_ID";
    String FOLLOWS_UP_ID = "FOLLOWS_UP_ID";
    String SUCCESS_CHECK = "SUCCESS_CHECK";
    String VERDICT = "VERDICT";
    String NEEDS_FOLLOW_UP = "NEEDS_FOLLOW_UP";
    String PROJECT_ID = "PROJECT_ID";
    String CREATED_AT = "CREATED_AT";
    String DONE_AT = "DONE_AT";

    /** The postmortem's Jira issue id. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Override
    @Indexed
    Long getTicketId();

    void setTicketId(Long ticketId);

    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The why-chain whose root cause it addresses, or null. */
    Long getChainId();

    void setChainId(Long chainId);

    /** The reference that makes creating the ticket safe to retry; unique. */
    @Indexed
    @StringLength(64)
    String getRequestId();

    void setRequestId(String requestId);

    @Override
    @Indexed
    Long getDueDay();

    @Override
    @NotNull
    @Default("false")
    boolean getResolved();

    /** The action this one follows up, or null. */
    Long getFollowsUpId();

    void setFollowsUpId(Long followsUpId);

    /** How the team will know it worked, or null when not said. */
    @StringLength(StringLength.UNLIMITED)
    String getSuccessCheck();

    void setSuccessCheck(String successCheck);

    /** The key of the action's latest verdict, or null while no review judged it. */
    @StringLength(16)
    String getVerdict();

    void setVerdict(String verdict);

    /** Judged not effective, with no follow-up action. */
    @NotNull
    @Indexed
    @Default("false")
    boolean getNeedsFollowUp();

    void setNeedsFollowUp(boolean needsFollowUp);

    /** The postmortem's Jira project; null for rows older than the column until the start-up job places them. */
    Long getProjectId();

    void setProjectId(Long projectId);

    /** When the action was decided (epoch milliseconds): its row written, or for older rows its ticket created. */
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    /** When Jira resolved the ticket (epoch milliseconds); null while unresolved. */
    Long getDoneAt();

    void setDoneAt(Long doneAt);
}
