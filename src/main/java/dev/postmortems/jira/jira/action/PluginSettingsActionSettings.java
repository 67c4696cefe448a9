package dev.postmortems.jira.jira.action;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.service.action.ActionDefaults;
import dev.postmortems.jira.service.action.ActionSettings;

import java.util.Optional;

/** Per-project action defaults in Jira's global plugin settings, one key per value. */
public final class PluginSettingsActionSettings implements ActionSettings {
    private static final String PREFIX = "dev.postmortems.jira.actions.";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsActionSettings(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public ActionDefaults defaultsFor(String projectKey) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        String issueType = text(settings, projectKey, "issueType").orElse(ActionDefaults.DEFAULT_ISSUE_TYPE);
        Optional<Integer> dueInDays = text(settings, projectKey, "dueInDays").flatMap(PluginSettingsActionSettings::number);
        return new ActionDefaults(issueType, text(settings, projectKey, "targetProject"), dueInDays,
                text(settings, projectKey, "priority"));
    }

    @Override
    public void save(String projectKey, ActionDefaults defaults) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        put(settings, projectKey, "issueType", Optional.of(defaults.issueTypeName()));
        put(settings, projectKey, "targetProject", defaults.targetProject());
        put(settings, projectKey, "dueInDays", defaults.dueInDays().map(String::valueOf));
        put(settings, projectKey, "priority", defaults.priorityId());
    }

    private static Optional<String> text(PluginSettings settings, String projectKey, String name) {
        return settings.get(PREFIX + projectKey + "." + name) instanceof String value && !value.isBlank()
                ? Optional.of(value) : Optional.empty();
    }

    private static void put(PluginSettings settings, String projectKey, String name, Optional<String> value) {
        if (value.isPresent()) {
            settings.put(PREFIX + projectKey + "." + name, value.get());
        } else {
            settings.remove(PREFIX + projectKey + "." + name);
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
