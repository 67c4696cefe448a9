package dev.postmortems.jira.jira.team;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.jira.SettingLines;
import dev.postmortems.jira.service.team.PolicySettings;

/** Each project's policy in Jira's global plugin settings: issue type names and priority names, one per line. */
public final class PluginSettingsPolicySettings implements PolicySettings {
    private static final String TYPES = "dev.postmortems.jira.policy.issue-types.";
    private static final String PRIORITIES = "dev.postmortems.jira.policy.priorities.";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsPolicySettings(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public PostmortemPolicy policyFor(String projectKey) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        return new PostmortemPolicy(SettingLines.read(settings.get(TYPES + projectKey)), SettingLines.read(settings.get(PRIORITIES + projectKey)));
    }

    @Override
    public void save(String projectKey, PostmortemPolicy policy) {
        PluginSettings settings = pluginSettingsFactory.createGlobalSettings();
        settings.put(TYPES + projectKey, SettingLines.write(policy.issueTypes()));
        settings.put(PRIORITIES + projectKey, SettingLines.write(policy.priorities()));
    }
}
