package dev.postmortems.jira.jira.team;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.domain.team.PostmortemDeadlines;
import dev.postmortems.jira.service.team.DeadlineSettings;

/** Each project's postmortem deadlines in Jira's global plugin settings, as "highest,high,other" working days. */
public final class PluginSettingsDeadlineSettings implements DeadlineSettings {
    private static final String PREFIX = "dev.postmortems.jira.deadlines.";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsDeadlineSettings(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public PostmortemDeadlines deadlinesFor(String projectKey) {
        Object value = settings().get(PREFIX + projectKey);
        if (value == null) {
            return PostmortemDeadlines.DEFAULTS;
        }
        try {
            String[] days = value.toString().split(",");
            PostmortemDeadlines read = new PostmortemDeadlines(Integer.parseInt(days[0].strip()), Integer.parseInt(days[1].strip()),
                    Integer.parseInt(days[2].strip()));
            return read.isValid() ? read : PostmortemDeadlines.DEFAULTS;
        } catch (RuntimeException unreadable) {
            return PostmortemDeadlines.DEFAULTS; // a value this version cannot read: the defaults, never no deadline
        }
    }

    @Override
    public void save(String projectKey, PostmortemDeadlines deadlines) {
        settings().put(PREFIX + projectKey, deadlines.highest() + "," + deadlines.high() + "," + deadlines.other());
    }

    private PluginSettings settings() {
        return pluginSettingsFactory.createGlobalSettings();
    }
}
