package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One action of a postmortem: which Jira ticket it is, its kind, and the why-chain it addresses. */
@Table("ACTION")
// For the JQL functions: the unresolved tickets by due date, and the postmortems with unresolved tickets.
@Indexes({@Index(name = "resolved_due", methodNames = {"getResolved", "getDueDay"}),
        @Index(name = "resolved_issue", methodNames = {"getResolved", "getIssueId"})})
public interface ActionEntity extends Entity, MirroredTicket {
    String ISSUE_ID = "ISSUE_ID";
    String KIND = "KIND";
    String CHAIN_ID = "CHAIN_ID";
    String REQUEST_ID = "REQUEST_ID";

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
}
