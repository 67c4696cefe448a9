package dev.postmortems.jira.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.service.blameless.BlamingPhraseSettings;

import java.util.Arrays;
import java.util.List;

/** The admins' blaming phrases in Jira's global plugin settings, one phrase per line. */
public final class PluginSettingsBlamingPhrases implements BlamingPhraseSettings {
    static final String KEY = "dev.postmortems.jira.blameless.phrases";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsBlamingPhrases(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public List<String> extraPhrases() {
        Object stored = pluginSettingsFactory.createGlobalSettings().get(KEY);
        return stored instanceof String text
                ? Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList()
                : List.of();
    }

    @Override
    public void saveExtraPhrases(List<String> phrases) {
        String lines = String.join("\n", phrases.stream().map(String::strip).filter(phrase -> !phrase.isEmpty()).distinct().toList());
        if (lines.isEmpty()) {
            pluginSettingsFactory.createGlobalSettings().remove(KEY);
        } else {
            pluginSettingsFactory.createGlobalSettings().put(KEY, lines);
        }
    }
}
