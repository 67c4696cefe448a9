package dev.postmortems.jira.view.export;

import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.view.action.ActionsPresenter;
import dev.postmortems.jira.view.lessons.LessonsPresenter;
import dev.postmortems.jira.service.team.TeamService;
import dev.postmortems.jira.view.review.ReviewPresenter;
import dev.postmortems.jira.view.team.TeamPresenter;
import dev.postmortems.jira.view.timeline.TimelinePresenter;
import dev.postmortems.jira.view.whys.WhysPresenter;

/**
 * Gathers a postmortem's write-up from one snapshot through the panels' own presenters, so the document says what
 * the panels show, with the same permissions: whoever may browse the postmortem may export it.
 */
public final class WriteUpService {
    private final PostmortemSnapshots snapshots;
    private final TimelinePresenter timelinePresenter;
    private final WhysPresenter whysPresenter;
    private final LessonsPresenter lessonsPresenter;
    private final ActionsPresenter actionsPresenter;
    private final ReviewPresenter reviewPresenter;
    private final TeamService team;
    private final TeamPresenter teamPresenter;

    public WriteUpService(PostmortemSnapshots snapshots, TimelinePresenter timelinePresenter, WhysPresenter whysPresenter,
                          LessonsPresenter lessonsPresenter, ActionsPresenter actionsPresenter, ReviewPresenter reviewPresenter,
                          TeamService team, TeamPresenter teamPresenter) {
        this.snapshots = snapshots;
        this.timelinePresenter = timelinePresenter;
        this.whysPresenter = whysPresenter;
        this.lessonsPresenter = lessonsPresenter;
        this.actionsPresenter = actionsPresenter;
        this.reviewPresenter = reviewPresenter;
        this.team = team;
        this.teamPresenter = teamPresenter;
    }

    public WriteUp writeUp(String issueKey) {
        PostmortemSnapshot snapshot = snapshots.of(issueKey);
        dev.postmortems.jira.view.review.ReviewView review = reviewPresenter.present(snapshot);
        return new WriteUp(snapshot.postmortem().key(), snapshot.ticket(snapshot.postmortem().id()).map(ticket -> ticket.summary()).orElse(""),
                teamPresenter.issuesOnSite(team.team(issueKey).incidents()), timelinePresenter.present(snapshot), whysPresenter.present(snapshot).chains(),
                lessonsPresenter.present(snapshot).questions(), actionsPresenter.actions(snapshot),
                review.review(), review.verdicts().isEmpty() ? "" : review.outcome() + " \u2014 " + review.verdicts());
    }
}
