package dev.postmortems.jira.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.domain.OperationsScope;
import dev.postmortems.jira.service.OperationsScopeSettings;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

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
        OperationsScope scope = new OperationsScope(!"false".equals(settings.get(EVERYWHERE)), lines(settings.get(PROJECTS)),
                lines(settings.get(ISSUE_TYPES)));
        // A setting this version cannot make sense of offers the operations everywhere rather than nowhere.
        return scope.isValid() ? scope : OperationsScope.onEveryIssue();
    }

    @Override
    public void save(OperationsScope scope) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        settings.put(EVERYWHERE, Boolean.toString(scope.everywhere()));
        settings.put(PROJECTS, String.join("\n", scope.projectKeys().stream().sorted().toList()));
        settings.put(ISSUE_TYPES, String.join("\n", scope.issueTypes().stream().sorted().toList()));
    }

    private static Set<String> lines(Object value) {
        return value == null ? Set.of() : Arrays.stream(value.toString().split("\n")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.toSet());
    }
}
