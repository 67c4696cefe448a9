package dev.postmortems.jira.jira.team;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.team.TeamService;

/** The Team panel's view model: the facilitator, participants and incidents, as Jira has them. */
public final class TeamPanelContext extends PostmortemPanelContext {
    private final TeamService teamService;

    public TeamPanelContext(TeamService teamService, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:team-resources", "team");
        this.teamService = teamService;
    }

    @Override
    protected Object model(Issue postmortem) {
        return teamService.team(postmortem.getKey());
    }
}
