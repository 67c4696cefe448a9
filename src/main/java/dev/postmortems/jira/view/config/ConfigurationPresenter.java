package dev.postmortems.jira.view.config;

import dev.postmortems.jira.domain.blameless.BlamingPhrases;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.service.reminder.ReminderPreferences;
import dev.postmortems.jira.service.reminder.ReminderSchedule;
import dev.postmortems.jira.service.reminder.ReminderSettings;
import dev.postmortems.jira.service.reminder.ReminderSettingsService;

/** The configuration page's settings, read through the services that check the reader is a Jira administrator. */
public final class ConfigurationPresenter {
    private final ReminderSettingsService reminders;
    private final BlamelessService blameless;

    public ConfigurationPresenter(ReminderSettingsService reminders, BlamelessService blameless) {
        this.reminders = reminders;
        this.blameless = blameless;
    }

    public ConfigurationView present() {
        ReminderSettings settings = reminders.settings();
        return new ConfigurationView(settings.intervalHours(), ReminderSchedule.MIN_HOURS, ReminderSchedule.MAX_HOURS,
                settings.author().orElse(""), settings.daysBeforeDue(), ReminderPreferences.MAX_DAYS_BEFORE_DUE,
                BlamingPhrases.DEFAULTS, String.join("\n", blameless.extraPhrases()));
    }
}
