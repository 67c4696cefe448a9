package dev.postmortems.jira.jira.whys;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.service.whys.WhysPresenter;
import dev.postmortems.jira.service.whys.WhysService;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the 5 Whys panel its view model: three queries (chains, steps, actions) however many chains and steps
 * there are, then one batch of ticket look-ups.
 */
public final class WhysPanelContext implements ContextProvider {
    static final String RESOURCES = "dev.postmortems.jira:whys-resources";

    private final WhysService whysService;
    private final WhysPresenter whysPresenter;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;

    public WhysPanelContext(WhysService whysService, WhysPresenter whysPresenter, PageBuilderService pageBuilderService,
                            I18nResolver i18nResolver) {
        this.whysService = whysService;
        this.whysPresenter = whysPresenter;
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Issue issue = (Issue) context.get("issue");
        pageBuilderService.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> panel = new HashMap<>(context);
        panel.put("whys", whysPresenter.present(whysService.whys(issue.getKey())));
        panel.put("i18n", i18nResolver);
        return panel;
    }
}
