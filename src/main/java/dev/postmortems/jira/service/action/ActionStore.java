package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;

import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.followup.FollowUpStore;

import java.util.List;
import java.util.Optional;

/** Port: the app's records of a postmortem's actions. */
public interface ActionStore extends FollowUpStore, RetrySafeCreation.Requests<ActionRecord> {
    /** Every action of the postmortem, in one query whatever their number. */
    List<ActionRecord> actionsOf(long issueId);

    Optional<ActionRecord> find(long actionId);

    Optional<ActionRecord> findByRequest(String requestId);

    /** Written before the ticket is created: what makes a retry find it instead of creating another. */
    ActionRecord createPending(long issueId, String requestId, ActionKind kind, Optional<Long> chainId);

    /** Notes the ticket of an action; doing it again changes nothing. */
    ActionRecord recordTicket(long actionId, long ticketId);

    void delete(long actionId);

    int deleteAllOf(long issueId);

    /** The action tickets, of one postmortem or all, of one kind or both. */
    List<Long> tickets(Optional<Long> postmortemId, Optional<ActionKind> kind);

    /** The postmortems with at least one unresolved action ticket, as last mirrored. */
    List<Long> postmortemsWithOpenActions();

    @Override
    default Optional<ActionRecord> byReference(String requestId) {
        return findByRequest(requestId);
    }

    @Override
    default long ownerOf(ActionRecord action) {
        return action.issueId();
    }

    @Override
    default Optional<Long> ticketOf(ActionRecord action) {
        return action.ticketId();
    }

    @Override
    default ActionRecord noteTicket(ActionRecord action, long ticketId) {
        return recordTicket(action.id(), ticketId);
    }

    @Override
    default void forget(ActionRecord action) {
        delete(action.id());
    }
}
