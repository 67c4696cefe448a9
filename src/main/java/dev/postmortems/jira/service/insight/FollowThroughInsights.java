package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.insight.FollowThrough;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.action.ActionStore.FollowedAction;
import dev.postmortems.jira.service.followup.FollowUpToday;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follow-through for a project's postmortems over the last twelve months, for the dashboard item: one indexed query
 * of the actions, then Jira's batch read of their tickets and postmortems, so that only actions the viewer may browse,
 * of postmortems they may browse, count.
 */
public final class FollowThroughInsights {
    public static final int MONTHS = 12;

    private final InsightScope scope;
    private final ActionStore actions;
    private final FollowUpToday today;

    public FollowThroughInsights(InsightScope scope, ActionStore actions, FollowUpToday today) {
        this.scope = scope;
        this.actions = actions;
        this.today = today;
    }

    /**
     * The actions counted and the tickets read for them, as the viewer may see them.
     *
     * @param projectNames the names of the projects the viewer may browse, by key
     */
    public record Followed(TargetProject project, FollowThrough followThrough, Map<Long, Ticket> tickets, Map<String, String> projectNames) {
    }

    public Followed followThrough(String projectKey) {
        TargetProject project = scope.project(projectKey);
        List<FollowedAction> followed = actions.followedIn(project.id(), scope.since(MONTHS));
        Set<Long> read = new HashSet<>();
        followed.forEach(action -> {
            read.add(action.ticketId());
            read.add(action.postmortemId());
        });
        Map<Long, Ticket> visible = scope.visible(read);
        Set<Long> once = new HashSet<>(); // a ticket that is an action of two of the project's postmortems counts once
        List<FollowThrough.Action> counted = followed.stream()
                .filter(action -> visible.containsKey(action.ticketId()) && visible.containsKey(action.postmortemId()))
                .filter(action -> once.add(action.ticketId()))
                .map(action -> counted(action, visible.get(action.ticketId()))).toList();
        return new Followed(project, FollowThrough.of(counted, today.date(), MONTHS, scope.zone()), visible,
                scope.choices().stream().collect(java.util.stream.Collectors.toMap(TargetProject::key, TargetProject::name, (a, b) -> a)));
    }

    /** Where the action stands by the one rule every panel uses; the postmortem's links are not read, as in Seen before. */
    private FollowThrough.Action counted(FollowedAction action, Ticket ticket) {
        ActionState state = ActionState.ofTicket(true, ticket.visible(), ticket.resolved(), ticket.dueDate(), today.date());
        return new FollowThrough.Action(ticket.id(), ticket.projectKey(), action.kind(), action.decidedAt(),
                ticket.resolved() ? action.doneAt() : Optional.empty(), ticket.dueDate(), state);
    }
}
