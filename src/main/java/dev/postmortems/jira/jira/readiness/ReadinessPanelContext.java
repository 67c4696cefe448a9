package dev.postmortems.jira.jira.readiness;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.readiness.ReadinessPresenter;
import dev.postmortems.jira.service.readiness.ReadinessService;

/** The Readiness panel's view model: the checklist computed from the timeline, actions and review. */
public final class ReadinessPanelContext extends PostmortemPanelContext {
    private final ReadinessService readinessService;
    private final ReadinessPresenter readinessPresenter;

    public ReadinessPanelContext(ReadinessService readinessService, ReadinessPresenter readinessPresenter,
                                 PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:readiness-resources", "readiness");
        this.readinessService = readinessService;
        this.readinessPresenter = readinessPresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return readinessPresenter.present(readinessService.readiness(postmortem.getKey()));
    }
}
