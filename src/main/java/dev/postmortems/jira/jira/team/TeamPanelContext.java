package dev.postmortems.jira.jira.team;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.team.TeamService;
import dev.postmortems.jira.view.team.MeetingPresenter;
import dev.postmortems.jira.view.team.TeamPresenter;

import java.util.Map;

/**
 * The Team panel's view models: the facilitator, participants and incidents, as Jira has them; and the meeting, from
 * the postmortem's snapshot the page's other panels share.
 */
public final class TeamPanelContext extends PostmortemPanelContext {
    private final TeamService teamService;
    private final TeamPresenter teamPresenter;
    private final RequestSnapshots snapshots;
    private final MeetingPresenter meetingPresenter;
    private final Links links;

    public TeamPanelContext(TeamService teamService, TeamPresenter teamPresenter, RequestSnapshots snapshots,
                            MeetingPresenter meetingPresenter, Links links, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:team-resources", "team");
        this.teamService = teamService;
        this.teamPresenter = teamPresenter;
        this.snapshots = snapshots;
        this.meetingPresenter = meetingPresenter;
        this.links = links;
    }

    @Override
    protected Object model(Issue postmortem) {
        return teamPresenter.present(teamService.team(postmortem.getKey()));
    }

    @Override
    protected Map<String, Object> besides(Issue postmortem) {
        PostmortemSnapshot snapshot = snapshots.of(postmortem.getKey());
        return Map.of("meeting", meetingPresenter.present(snapshot.meeting(), links.meetingInvitation(postmortem.getKey()),
                snapshot.postmortem().editable()));
    }
}
