package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.view.config.ConfigurationPresenter;

import java.util.HashMap;
import java.util.Map;

/** The configuration page's context: its script and styles, the settings, and the app's texts. */
public final class ConfigurationPanelContext implements ContextProvider {
    private final ConfigurationPresenter presenter;
    private final PageBuilderService pageBuilderService;
    private final I18nResolver i18nResolver;

    public ConfigurationPanelContext(ConfigurationPresenter presenter, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        this.presenter = presenter;
        this.pageBuilderService = pageBuilderService;
        this.i18nResolver = i18nResolver;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        pageBuilderService.assembler().resources().requireWebResource("dev.postmortems.jira:configuration-resources");
        Map<String, Object> page = new HashMap<>(context);
        page.put("config", presenter.present());
        page.put("i18n", i18nResolver);
        return page;
    }
}
