package dev.postmortems.jira.domain.action;

import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers of one action of a postmortem; the ticket itself (summary, assignee, due date, status)
 * lives in Jira. It is written before the ticket is created, so a retry finds it instead of creating another.
 *
 * @param requestId the reference that makes creating the ticket safe to retry (the client's, or the app's own)
 * @param ticketId  the Jira issue id of the action's ticket, once it exists
 * @param chainId   the why-chain whose root cause the action addresses, if any
 */
public record ActionRecord(long id, long issueId, String requestId, Optional<Long> ticketId, ActionKind kind,
                           Optional<Long> chainId) {
    public ActionRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chainId, "chainId");
    }
}
