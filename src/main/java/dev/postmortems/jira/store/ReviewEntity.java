package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One follow-up review of a postmortem: which Jira ticket it is. Written before Jira creates the ticket. */
@Table("REVIEW")
public interface ReviewEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String TICKET_ID = "TICKET_ID";
    String REQUEST_ID = "REQUEST_ID";

    /** The postmortem's Jira issue id. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** The review ticket's Jira issue id; null until the ticket exists. */
    @Indexed
    Long getTicketId();

    void setTicketId(Long ticketId);

    /** The reference that makes scheduling safe to retry. */
    @NotNull
    @Indexed
    @StringLength(64)
    String getRequestId();

    void setRequestId(String requestId);
}
