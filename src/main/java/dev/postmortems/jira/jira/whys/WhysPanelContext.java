package dev.postmortems.jira.jira.whys;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.service.whys.WhysPresenter;
import dev.postmortems.jira.service.whys.WhysService;

/**
 * The 5 Whys panel's view model: three queries (chains, steps, actions) however many chains and steps there are,
 * then one batch of ticket look-ups.
 */
public final class WhysPanelContext extends PostmortemPanelContext {
    private final WhysService whysService;
    private final WhysPresenter whysPresenter;

    public WhysPanelContext(WhysService whysService, WhysPresenter whysPresenter, PageBuilderService pageBuilderService,
                            I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:whys-resources", "whys");
        this.whysService = whysService;
        this.whysPresenter = whysPresenter;
    }

    @Override
    protected Object model(Issue postmortem) {
        return whysPresenter.present(whysService.whys(postmortem.getKey()));
    }
}
