package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.domain.verdict.Verdict;

import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.followup.FollowUpStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: the app's records of a postmortem's actions. */
public interface ActionStore extends FollowUpStore, RetrySafeCreation.Requests<ActionRecord> {
    /** Every action of the postmortem, in one query whatever their number. */
    List<ActionRecord> actionsOf(long issueId);

    Optional<ActionRecord> find(long actionId);

    Optional<ActionRecord> findByRequest(String requestId);

    /** The actions whose ticket this is (one, unless two postmortems share a ticket), from one indexed query. */
    List<ActionRecord> actionsWithTicket(long ticketId);

    /**
     * Where and when an action was decided, for the Follow-through item.
     *
     * @param projectId the postmortem's project
     * @param decidedAt when the team decided it: now, as the app's clock says
     */
    record Placement(Optional<Long> projectId, Instant decidedAt) {
    }

    /** Written before the ticket is created: what makes a retry find it instead of creating another. */
    ActionRecord createPending(long issueId, String requestId, ActionKind kind, Optional<Long> chainId, Optional<Long> followsUp,
                               String successCheck, Placement placement);

    /** An action that follows up nothing and says nothing of how to check it. */
    default ActionRecord createPending(long issueId, String requestId, ActionKind kind, Optional<Long> chainId, Placement placement) {
        return createPending(issueId, requestId, kind, chainId, Optional.empty(), "", placement);
    }

    /**
     * An action ticket of a project's postmortems, as mirrored for the Follow-through item.
     *
     * @param decidedAt when the action was decided; empty for an old row not yet placed
     * @param doneAt    when Jira resolved its ticket
     */
    record FollowedAction(long postmortemId, long ticketId, ActionKind kind, Optional<Instant> decidedAt, Optional<Instant> doneAt) {
    }

    /**
     * The action tickets of the project's postmortems that are unresolved, or were decided or done since {@code since}:
     * one query on the indexed project.
     */
    List<FollowedAction> followedIn(long projectId, Instant since);

    /** Rows written before their project and dates were kept: the tickets and the postmortems to mirror again. */
    record Unplaced(Set<Long> tickets, Set<Long> postmortems) {
    }

    /** One query, reading two ids a row. */
    Unplaced unplaced();

    /** How the team will know the action worked; {@code ""} says nothing. */
    void describeSuccessCheck(long actionId, String successCheck);

    /**
     * Mirrors what the reviews decided onto the postmortem's actions, for the JQL functions: each action's latest
     * verdict (none when missing from {@code latest}) and whether it needs a follow-up. Writes only rows that change.
     */
    void mirrorVerdicts(long issueId, Map<Long, Verdict> latest, Set<Long> needingFollowUp);

    /** An action with its latest verdict, as last mirrored. */
    record ActionWithVerdict(ActionRecord action, Optional<Verdict> latest) {
    }

    /** The actions of these postmortems with their latest verdicts, in one query. */
    List<ActionWithVerdict> withVerdicts(java.util.Collection<Long> issueIds);

    /**
     * The fixes of the project's postmortems, with a ticket and a root cause, whose latest verdict (as last mirrored)
     * is this one: one query on the indexed project that reads only the two ids.
     */
    List<dev.postmortems.jira.domain.action.RootCauseFix> fixesJudged(long projectId, Verdict verdict);

    /** The action tickets judged not effective with no follow-up action, as last mirrored. */
    List<Long> ticketsNeedingFollowUp();

    /** Notes the ticket of an action; doing it again changes nothing. */
    ActionRecord recordTicket(long actionId, long ticketId);

    void delete(long actionId);

    int deleteAllOf(long issueId);

    /** The action tickets, of one postmortem or all, of one kind or both, judged in one way or any. */
    List<Long> tickets(Optional<Long> postmortemId, Optional<ActionKind> kind, Optional<JudgedAs> judged);

    /** The postmortems with at least one unresolved action ticket, as last mirrored. */
    List<Long> postmortemsWithOpenActions();

    /** Of the project's postmortems, those with an unresolved action ticket, as last mirrored: one indexed query. */
    Set<Long> postmortemsWithOpenActionsIn(long projectId);

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
