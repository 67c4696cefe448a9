package dev.postmortems.jira.domain.action;

import java.util.Objects;
import java.util.Optional;

/**
 * What the app remembers of one action of a postmortem; the ticket itself (summary, assignee, due date, status)
 * lives in Jira. It is written before the ticket is created, so a retry finds it instead of creating another.
 *
 * @param requestId the reference that makes creating the ticket safe to retry (the client's, or the app's own)
 * @param ticketId  the Jira issue id of the action's ticket, once it exists
 * @param chainId      the why-chain whose root cause the action addresses, if any
 * @param followsUp    the action this one follows up, raised because a review judged that one not effective
 * @param successCheck how the team will know it worked ("error rate below 0.1 % for a week"); {@code ""} if not said
 */
public record ActionRecord(long id, long issueId, String requestId, Optional<Long> ticketId, ActionKind kind,
                           Optional<Long> chainId, Optional<Long> followsUp, String successCheck) {
    public ActionRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(followsUp, "followsUp");
        Objects.requireNonNull(successCheck, "successCheck");
    }

    /** An action that follows up nothing and says nothing of how to check it. */
    public ActionRecord(long id, long issueId, String requestId, Optional<Long> ticketId, ActionKind kind, Optional<Long> chainId) {
        this(id, issueId, requestId, ticketId, kind, chainId, Optional.empty(), "");
    }
}
