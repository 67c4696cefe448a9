package dev.postmortems.jira.jira.reminder;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.service.reminder.ReminderPreferences;

import java.util.Optional;

/** The reminders' author and pre-due window in Jira's global plugin settings, shared by every node. */
public final class PluginSettingsReminderPreferences implements ReminderPreferences {
    private static final String AUTHOR = "dev.postmortems.jira.reminders.author";
    private static final String DAYS_BEFORE_DUE = "dev.postmortems.jira.reminders.days-before-due";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsReminderPreferences(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public Optional<String> author() {
        return Optional.ofNullable(settings().get(AUTHOR)).map(Object::toString).filter(name -> !name.isBlank());
    }

    @Override
    public int daysBeforeDue() {
        Object value = settings().get(DAYS_BEFORE_DUE);
        try {
            int days = value == null ? 0 : Integer.parseInt(value.toString());
            return days < 0 || days > MAX_DAYS_BEFORE_DUE ? 0 : days;
        } catch (NumberFormatException e) {
            return 0; // a value this version cannot read leaves the pre-due reminder off
        }
    }

    @Override
    public void save(Optional<String> author, int daysBeforeDue) {
        PluginSettings settings = settings();
        if (author.isPresent()) {
            settings.put(AUTHOR, author.get());
        } else {
            settings.remove(AUTHOR);
        }
        settings.put(DAYS_BEFORE_DUE, Integer.toString(daysBeforeDue));
    }

    private PluginSettings settings() {
        return pluginSettingsFactory.createGlobalSettings();
    }
}
