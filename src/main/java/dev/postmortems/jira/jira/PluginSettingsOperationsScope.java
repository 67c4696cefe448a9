package dev.postmortems.jira.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.domain.OperationsScope;
import dev.postmortems.jira.service.OperationsScopeSettings;

/** The operations' scope in Jira's global plugin settings: one line per project key or issue type name. */
public final class PluginSettingsOperationsScope implements OperationsScopeSettings {
    private static final String EVERYWHERE = "dev.postmortems.jira.operations.everywhere";
    private static final String PROJECTS = "dev.postmortems.jira.operations.projects";
    private static final String ISSUE_TYPES = "dev.postmortems.jira.operations.issue-types";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsOperationsScope(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public OperationsScope scope() {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        OperationsScope scope = new OperationsScope(!"false".equals(settings.get(EVERYWHERE)), SettingLines.read(settings.get(PROJECTS)),
                SettingLines.read(settings.get(ISSUE_TYPES)));
        // A setting this version cannot make sense of offers the operations everywhere rather than nowhere.
        return scope.isValid() ? scope : OperationsScope.onEveryIssue();
    }

    @Override
    public void save(OperationsScope scope) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        settings.put(EVERYWHERE, Boolean.toString(scope.everywhere()));
        settings.put(PROJECTS, SettingLines.write(scope.projectKeys()));
        settings.put(ISSUE_TYPES, SettingLines.write(scope.issueTypes()));
    }
}
