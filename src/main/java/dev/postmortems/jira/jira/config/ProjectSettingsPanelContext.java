package dev.postmortems.jira.jira.config;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.view.config.ProjectSettingsPresenter;

import java.util.Map;

/** The project settings page's context: the settings of the project the servlet names. */
public final class ProjectSettingsPanelContext extends PanelPageContext {
    private final ProjectSettingsPresenter presenter;

    public ProjectSettingsPanelContext(ProjectSettingsPresenter presenter, PageBuilderService pageBuilderService,
                                       I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "settings");
        this.presenter = presenter;
    }

    @Override
    Object model(Map<String, Object> context) {
        return presenter.present((String) context.get("projectKey"));
    }
}
