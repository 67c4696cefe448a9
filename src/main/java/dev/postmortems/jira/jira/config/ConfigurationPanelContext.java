package dev.postmortems.jira.jira.config;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.view.config.ConfigurationPresenter;

import java.util.Map;

/** The configuration page's context: the site's settings. */
public final class ConfigurationPanelContext extends PanelPageContext {
    private final ConfigurationPresenter presenter;

    public ConfigurationPanelContext(ConfigurationPresenter presenter, PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "config");
        this.presenter = presenter;
    }

    @Override
    Object model(Map<String, Object> context) {
        return presenter.present();
    }
}
