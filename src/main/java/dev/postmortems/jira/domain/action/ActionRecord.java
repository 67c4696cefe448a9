package dev.postmortems.jira.domain.action;

import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers of one action of a postmortem; the ticket itself (summary, assignee, due date, status)
 * lives in Jira.
 *
 * @param ticketId the Jira issue id of the action's ticket, once it exists
 * @param chainId  the why-chain whose root cause the action addresses, if any
 */
public record ActionRecord(long id, long issueId, Optional<Long> ticketId, ActionKind kind, Optional<Long> chainId) {
    public ActionRecord {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chainId, "chainId");
    }
}
