package dev.postmortems.jira.service.export;

import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketLookup;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.action.ActionsPresenter;
import dev.postmortems.jira.service.lessons.LessonsPresenter;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.timeline.PostmortemTimeline;
import dev.postmortems.jira.service.timeline.TimelinePresenter;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysPresenter;
import dev.postmortems.jira.service.whys.WhysService;

import java.util.List;

/**
 * Gathers a postmortem's write-up from its panels' own services and presenters, so the document says what the
 * panels show, with the same permissions: whoever may browse the postmortem may export it.
 */
public final class WriteUpService {
    private final TimelineService timeline;
    private final TimelinePresenter timelinePresenter;
    private final WhysService whys;
    private final WhysPresenter whysPresenter;
    private final LessonsService lessons;
    private final LessonsPresenter lessonsPresenter;
    private final ActionService actions;
    private final ActionsPresenter actionsPresenter;
    private final ReviewService reviews;
    private final TicketLookup tickets;

    public WriteUpService(TimelineService timeline, TimelinePresenter timelinePresenter, WhysService whys, WhysPresenter whysPresenter,
                          LessonsService lessons, LessonsPresenter lessonsPresenter, ActionService actions,
                          ActionsPresenter actionsPresenter, ReviewService reviews, TicketLookup tickets) {
        this.timeline = timeline;
        this.timelinePresenter = timelinePresenter;
        this.whys = whys;
        this.whysPresenter = whysPresenter;
        this.lessons = lessons;
        this.lessonsPresenter = lessonsPresenter;
        this.actions = actions;
        this.actionsPresenter = actionsPresenter;
        this.reviews = reviews;
        this.tickets = tickets;
    }

    public WriteUp writeUp(String issueKey) {
        PostmortemTimeline facts = timeline.timeline(issueKey);
        PostmortemIssue postmortem = facts.postmortem();
        Ticket issue = tickets.tickets(List.of(postmortem.id())).get(postmortem.id());
        return new WriteUp(postmortem.key(), issue == null ? "" : issue.summary(), timelinePresenter.present(facts),
                whysPresenter.present(whys.whys(issueKey)).chains(), lessonsPresenter.present(lessons.lessons(issueKey)).questions(),
                actionsPresenter.present(actions.actions(issueKey)).actions(), reviews.review(issueKey).review());
    }
}
