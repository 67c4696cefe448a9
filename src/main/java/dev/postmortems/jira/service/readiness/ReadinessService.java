package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.action.ActionStanding;
import dev.postmortems.jira.domain.readiness.ReadinessCheck;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.action.ActionTickets;
import dev.postmortems.jira.service.action.TicketState;
import dev.postmortems.jira.service.review.ReviewStore;
import dev.postmortems.jira.service.timeline.TimelineStore;
import dev.postmortems.jira.service.whys.WhysStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readiness checklist of a postmortem, computed from what it holds now — its timeline, why-chains, action
 * tickets and review — as the reader may see it. It reads only what the checklist needs, straight from the stores,
 * with the action and review tickets in one batch from Jira: a fixed number of queries, whatever the size.
 */
public final class ReadinessService {
    private final PostmortemPermissions permissions;
    private final TimelineStore timeline;
    private final WhysStore whys;
    private final ActionStore actions;
    private final ReviewStore reviews;
    private final ActionTickets tickets;

    public ReadinessService(PostmortemPermissions permissions, TimelineStore timeline, WhysStore whys, ActionStore actions,
                            ReviewStore reviews, ActionTickets tickets) {
        this.permissions = permissions;
        this.timeline = timeline;
        this.whys = whys;
        this.actions = actions;
        this.reviews = reviews;
        this.tickets = tickets;
    }

    public PostmortemReadiness readiness(String issueKey) {
        PostmortemIssue postmortem = permissions.toRead(issueKey);
        Set<TimelineTag> tags = new HashSet<>();
        for (TimelineEntry entry : timeline.entriesOf(postmortem.id())) {
            entry.tag().ifPresent(tags::add);
        }
        List<ActionRecord> actionRecords = actions.actionsOf(postmortem.id());
        List<Long> reviewTickets = reviews.reviewsOf(postmortem.id()).stream().flatMap(review -> review.ticketId().stream()).toList();
        List<Long> ticketIds = new ArrayList<>(reviewTickets);
        actionRecords.forEach(action -> action.ticketId().ifPresent(ticketIds::add));
        Map<Long, TicketState> states = tickets.states(ticketIds); // actions and reviews in one batch; deleted ones missing
        Set<Long> linked = tickets.linkedActions(postmortem.id());
        Set<Long> treated = ActionStanding.treatedChains(actionRecords, states.keySet(), linked);
        List<ReadinessCheck.ActionOwner> owners = new ArrayList<>();
        for (ActionRecord action : actionRecords) {
            if (!ActionStanding.stands(action, states.keySet(), linked)) {
                continue; // not created yet, deleted or unlinked in Jira: neither treats a cause nor needs an owner
            }
            TicketState ticket = states.get(action.ticketId().orElseThrow());
            if (ticket.visible()) {
                owners.add(new ReadinessCheck.ActionOwner(ticket.key(), ticket.assignee().isPresent()));
            }
        }
        boolean reviewScheduled = reviewTickets.stream().anyMatch(states::containsKey);
        return new PostmortemReadiness(postmortem, ReadinessCheck.of(tags, whys.chainsOf(postmortem.id()), treated, owners,
                reviewScheduled));
    }
}
