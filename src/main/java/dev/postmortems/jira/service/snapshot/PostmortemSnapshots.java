package dev.postmortems.jira.service.snapshot;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.lessons.LessonsStore;
import dev.postmortems.jira.service.review.ReviewRecord;
import dev.postmortems.jira.service.review.ReviewStore;
import dev.postmortems.jira.service.team.MeetingStore;
import dev.postmortems.jira.service.timeline.TimelineStore;
import dev.postmortems.jira.service.review.VerdictStore;
import dev.postmortems.jira.service.whys.WhysStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a postmortem's snapshot: the reader's permission checked once, one query per table (timeline, why-chains
 * and their steps, actions, lessons, reviews, verdicts, meeting, cause categories), one batch read of the tickets, one read of its action links, and
 * today taken once — the same work at 1 entry as at 1,000.
 */
public final class PostmortemSnapshots {
    private final PostmortemPermissions permissions;
    private final TimelineStore timeline;
    private final WhysStore whys;
    private final ActionStore actions;
    private final LessonsStore lessons;
    private final ReviewStore reviews;
    private final VerdictStore verdicts;
    private final TicketReader tickets;
    private final FollowUpToday today;
    private final MeetingStore meetings;
    private final CauseCategoryService causes;

    public PostmortemSnapshots(PostmortemPermissions permissions, TimelineStore timeline, WhysStore whys, ActionStore actions,
                               LessonsStore lessons, ReviewStore reviews, VerdictStore verdicts, TicketReader tickets,
                               FollowUpToday today, MeetingStore meetings, CauseCategoryService causes) {
        this.causes = causes;
        this.permissions = permissions;
        this.timeline = timeline;
        this.whys = whys;
        this.actions = actions;
        this.lessons = lessons;
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.tickets = tickets;
        this.today = today;
        this.meetings = meetings;
    }

    /** The postmortem as the current user sees it now; "not found" for anyone who may not browse it. */
    public PostmortemSnapshot of(String issueKey) {
        return of(permissions.toRead(issueKey));
    }

    /** Like {@link #of(String)}, for a postmortem whose permission was already checked. */
    public PostmortemSnapshot of(PostmortemIssue postmortem) {
        List<ActionRecord> actionRecords = actions.actionsOf(postmortem.id());
        List<ReviewRecord> reviewRecords = reviews.reviewsOf(postmortem.id());
        List<Long> ticketIds = new ArrayList<>();
        ticketIds.add(postmortem.id());
        actionRecords.forEach(action -> action.ticketId().ifPresent(ticketIds::add));
        reviewRecords.forEach(review -> review.ticketId().ifPresent(ticketIds::add));
        return new PostmortemSnapshot(postmortem, today.date(), timeline.entriesOf(postmortem.id()), whys.chainsOf(postmortem.id()),
                actionRecords, lessons.of(postmortem.id()), reviewRecords, verdicts.verdictsOf(postmortem.id()), tickets.tickets(ticketIds),
                tickets.linkedActions(postmortem.id()), meetings.meetingOf(postmortem.id()), causes.catalogue());
    }
}
