package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.readiness.Readiness;
import dev.postmortems.jira.domain.readiness.ReadinessCheck;
import dev.postmortems.jira.domain.review.ReviewState;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The readiness checklist of a postmortem, computed from its snapshot — meeting, timeline, why-chains, action tickets
 * and reviews — as the reader may see it: nothing is read here.
 */
public final class PostmortemReadiness {
    private PostmortemReadiness() {
    }

    public static Readiness of(PostmortemSnapshot snapshot) {
        Set<TimelineTag> tags = new HashSet<>();
        for (TimelineEntry entry : snapshot.timeline()) {
            entry.tag().ifPresent(tags::add);
        }
        List<ReadinessCheck.ActionOwner> owners = new ArrayList<>();
        for (ActionRecord action : snapshot.actions()) {
            if (!snapshot.stands(action)) {
                continue; // not created yet, deleted or unlinked in Jira: neither treats a cause nor needs an owner
            }
            Ticket ticket = snapshot.ticketOf(action).orElseThrow();
            if (ticket.visible()) {
                owners.add(new ReadinessCheck.ActionOwner(ticket.key(), ticket.assignee().isPresent()));
            }
        }
        boolean reviewScheduled = snapshot.reviewState() != ReviewState.NOT_SCHEDULED;
        return ReadinessCheck.of(tags, snapshot.chains(), snapshot.treatedChains(), owners, reviewScheduled,
                snapshot.meeting().isPresent());
    }
}
