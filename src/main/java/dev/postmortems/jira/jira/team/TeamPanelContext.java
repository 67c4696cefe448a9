package dev.postmortems.jira.jira.team;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.team.TeamService;
import dev.postmortems.jira.view.team.TeamPresenter;

/** The Team panel's view model: the facilitator, participants and incidents, as Jira has them. */
public final class TeamPanelContext extends PostmortemPanelContext {
    private final TeamService teamService;
    private final TeamPresenter teamPresenter;

    public TeamPanelContext(TeamService teamService, TeamPresenter teamPresenter, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:team-resources", "team");
        this.teamService = teamService;
        this.teamPresenter = teamPresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return teamPresenter.present(teamService.team(postmortem.getKey()));
    }
}
