package dev.postmortems.jira.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.service.insight.PipelineStore;
import dev.postmortems.jira.service.jql.FollowUpSearch;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.jira.team.JiraIncidentTickets;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.MeetingService;
import dev.postmortems.jira.service.team.StartService;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.verdict.VerdictService;
import dev.postmortems.jira.service.whys.WhysService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's issue events the app cares about.
 * <ul>
 *   <li>Created: if the new issue is the ticket of a pending action, the action notes it at once (Jira sends this
 *       event while it creates the issue, before the app's own request goes on).</li>
 *   <li>Deleted: the issue's postmortem data goes too. It keys on the issue id alone, which the event still carries
 *       after the issue is gone, and does not ask whether the issue was a Postmortem: its type may have changed
 *       since. While the app is disabled no event arrives; rows left then belong to an id Jira never reuses.</li>
 * </ul>
 */
public final class IssueEventListener {
    private static final Logger log = LoggerFactory.getLogger(IssueEventListener.class);

    private final EventPublisher eventPublisher;
    private final TimelineService timelineService;
    private final WhysService whysService;
    private final ActionService actionService;
    private final StartService startService;
    private final ReviewService reviewService;
    private final FollowUpSearch followUpSearch;
    private final LessonsService lessonsService;
    private final VerdictService verdictService;
    private final IncidentNeeds incidentNeeds;
    private final MeetingService meetingService;
    private final JiraIssueStates states;
    private final PipelineStore pipeline;

    public IssueEventListener(EventPublisher eventPublisher, TimelineService timelineService, WhysService whysService,
                              ActionService actionService, StartService startService, ReviewService reviewService,
                              FollowUpSearch followUpSearch, LessonsService lessonsService, VerdictService verdictService,
                              IncidentNeeds incidentNeeds, MeetingService meetingService, JiraIssueStates states, PipelineStore pipeline) {
        this.eventPublisher = eventPublisher;
        this.timelineService = timelineService;
        this.whysService = whysService;
        this.actionService = actionService;
        this.startService = startService;
        this.reviewService = reviewService;
        this.followUpSearch = followUpSearch;
        this.lessonsService = lessonsService;
        this.verdictService = verdictService;
        this.incidentNeeds = incidentNeeds;
        this.meetingService = meetingService;
        this.states = states;
        this.pipeline = pipeline;
    }

    public void register() {
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        if (EventType.ISSUE_CREATED_ID.equals(event.getEventTypeId())) {
            try {
                actionService.ticketCreated(issue.getId(), issue.getDescription());
                startService.postmortemCreated(issue.getId(), issue.getDescription());
                reviewService.ticketCreated(issue.getId(), issue.getDescription());
            } catch (RuntimeException e) {
                // Creating the issue in Jira must not fail because of the app; a retry of the action still finds it.
                log.warn("Postmortems: could not note new issue {} as an action ticket, a postmortem or a review", issue.getId(), e);
            }
        }
        if (!EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            mirror(issue);
            followPolicy(issue);
            if (issue.getResolutionId() != null) {
                followResolution(issue);
            }
        } else {
            forget(issue.getId(), "timeline", () -> timelineService.forget(issue.getId()));
            forget(issue.getId(), "whys", () -> whysService.forget(issue.getId()));
            forget(issue.getId(), "actions", () -> actionService.forget(issue.getId()));
            forget(issue.getId(), "reviews", () -> reviewService.forget(issue.getId()));
            forget(issue.getId(), "verdicts", () -> verdictService.forget(issue.getId()));
            // An action ticket gone from Jira no longer stands: a fix it followed up needs a follow-up again.
            forget(issue.getId(), "review outcomes", () -> verdictService.ticketGone(issue.getId()));
            forget(issue.getId(), "lessons", () -> lessonsService.forget(issue.getId()));
            forget(issue.getId(), "start requests", () -> startService.forget(issue.getId()));
            forget(issue.getId(), "incident standing", () -> incidentNeeds.forget(issue.getId()));
            forget(issue.getId(), "meeting", () -> meetingService.forget(issue.getId()));
            forget(issue.getId(), "pipeline", () -> pipeline.forget(issue.getId()));
        }
    }

    /** A new or changed issue may now be, or no longer be, one its project's policy asks a postmortem for. */
    private void followPolicy(Issue issue) {
        try {
            if (issue.getProjectObject() != null) {
                incidentNeeds.changed(JiraIncidentTickets.factsOf(issue));
            }
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not follow whether issue {} needs a postmortem", issue.getId(), e);
        }
    }

    /** A resolved incident moves the due date of the postmortems started from it while it was open. */
    private void followResolution(Issue incident) {
        try {
            startService.incidentResolved(incident.getId());
        } catch (RuntimeException e) {
            // Resolving the incident in Jira must not fail because of the app; the postmortem's team can move its date.
            log.warn("Postmortems: could not move the due date of the postmortems of {}", incident.getId(), e);
        }
    }

    /**
     * Any change Jira announces — edit, bulk edit, transition, REST, creation, move — may change a ticket's due date
     * or resolution, or a postmortem's project: the JQL functions' and dashboard items' tables follow.
     */
    private void mirror(Issue issue) {
        try {
            IssueState now = states.of(issue);
            followUpSearch.ticketChanged(issue.getId(), now);
            pipeline.issueChanged(issue.getId(), now.postmortem(), now);
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not follow the due date and resolution of issue {}", issue.getId(), e);
        }
    }

    /** Each feature on its own: one failing must not keep the others' data, nor fail the deletion in Jira. */
    private static void forget(long issueId, String feature, java.util.function.IntSupplier removal) {
        try {
            int removed = removal.getAsInt();
            log.debug("Postmortems: issue {} deleted; removed {} {} rows", issueId, removed, feature);
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not remove the {} of deleted issue {}", feature, issueId, e);
        }
    }
}
