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
 * One follow-up review of a postmortem: which Jira ticket it is, written before Jira creates the ticket, and the
 * review's outcome as last computed ({@code ReviewLoop.outcomeAt}), for the JQL function that finds reviews needing a
 * follow-up.
 */
@Table("REVIEW")
// For overduePostmortemReviews(): the unresolved tickets by due date.
@Indexes(@Index(name = "resolved_due", methodNames = {"getResolved", "getDueDay"}))
public interface ReviewEntity extends Entity, MirroredTicket {
    String ISSUE_ID = "ISSUE_ID";
    String REQUEST_ID = "REQUEST_ID";
    String OUTCOME = "OUTCOME";

    /** The postmortem's Jira issue id. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Override
    @Indexed
    Long getTicketId();

    void setTicketId(Long ticketId);

    /** The reference that makes scheduling safe to retry. */
    @NotNull
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

    /** The outcome's key, or null until a verdict was given. */
    @Indexed
    @StringLength(24)
    String getOutcome();

    void setOutcome(String outcome);
}
