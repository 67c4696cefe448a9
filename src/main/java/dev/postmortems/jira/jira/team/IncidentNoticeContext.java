package dev.postmortems.jira.jira.team;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.view.team.IncidentNoticePresenter;

/** The notice's view model: empty (nothing shown) once a postmortem was started. */
public final class IncidentNoticeContext extends PostmortemPanelContext {
    private final IncidentNeeds needs;
    private final IncidentNoticePresenter presenter;

    public IncidentNoticeContext(IncidentNeeds needs, IncidentNoticePresenter presenter, PageBuilderService pageBuilderService,
                                 I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:team-resources", "notice");
        this.needs = needs;
        this.presenter = presenter;
    }

    @Override
    protected Object model(Issue incident) {
        return needs.notice(incident.getKey()).map(presenter::present).orElse(null);
    }
}
