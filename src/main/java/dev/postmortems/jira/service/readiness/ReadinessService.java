package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.readiness.ReadinessCheck;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.action.PostmortemActions;
import dev.postmortems.jira.service.action.TicketState;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.review.ReviewView;
import dev.postmortems.jira.service.timeline.TimelineService;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The readiness checklist of a postmortem, computed from what it holds now — its timeline, why-chains, action
 * tickets and review — as the reader may see it. A fixed number of queries, whatever the postmortem's size.
 */
public final class ReadinessService {
    private final TimelineService timeline;
    private final ActionService actions;
    private final ReviewService reviews;

    public ReadinessService(TimelineService timeline, ActionService actions, ReviewService reviews) {
        this.timeline = timeline;
        this.actions = actions;
        this.reviews = reviews;
    }

    public PostmortemReadiness readiness(String issueKey) {
        Set<TimelineTag> tags = new HashSet<>();
        for (TimelineEntry entry : timeline.timeline(issueKey).timeline().entries()) {
            entry.tag().ifPresent(tags::add);
        }
        PostmortemActions postmortemActions = actions.actions(issueKey);
        Set<Long> treated = new HashSet<>();
        List<ReadinessCheck.ActionOwner> owners = new java.util.ArrayList<>();
        for (ActionRecord action : postmortemActions.actions()) {
            TicketState ticket = action.ticketId().map(postmortemActions.states()::get).orElse(null);
            if (ticket == null) {
                continue; // not created yet, or deleted in Jira: neither treats a cause nor needs an owner
            }
            action.chainId().ifPresent(treated::add);
            if (ticket.visible()) {
                owners.add(new ReadinessCheck.ActionOwner(ticket.key(), ticket.assignee().isPresent()));
            }
        }
        ReviewView review = reviews.review(issueKey);
        return new PostmortemReadiness(postmortemActions.postmortem(), ReadinessCheck.of(tags, postmortemActions.chains(), treated,
                owners, review.review() != null));
    }
}
