package dev.postmortems.jira.view.config;

import dev.postmortems.jira.domain.OperationsScope;
import dev.postmortems.jira.domain.blameless.BlamingPhrases;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.action.ActionTickets;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.view.whys.CauseChoiceView;
import dev.postmortems.jira.service.reminder.ReminderPreferences;
import dev.postmortems.jira.service.reminder.ReminderSchedule;
import dev.postmortems.jira.service.reminder.ReminderSettings;
import dev.postmortems.jira.service.reminder.ReminderSettingsService;
import dev.postmortems.jira.service.team.OperationsScopeService;

/** The configuration page's settings, read through the services that check the reader is a Jira administrator. */
public final class ConfigurationPresenter {
    private final ReminderSettingsService reminders;
    private final BlamelessService blameless;
    private final OperationsScopeService operations;
    private final Projects projects;
    private final ActionTickets issueTypes;
    private final CauseCategoryService causes;

    public ConfigurationPresenter(ReminderSettingsService reminders, BlamelessService blameless, OperationsScopeService operations,
                                  Projects projects, ActionTickets issueTypes, CauseCategoryService causes) {
        this.causes = causes;
        this.reminders = reminders;
        this.blameless = blameless;
        this.operations = operations;
        this.projects = projects;
        this.issueTypes = issueTypes;
    }

    public ConfigurationView present() {
        ReminderSettings settings = reminders.settings();
        OperationsScope scope = operations.scope();
        return new ConfigurationView(settings.intervalHours(), ReminderSchedule.MIN_HOURS, ReminderSchedule.MAX_HOURS,
                settings.author().orElse(""), settings.daysBeforeDue(), ReminderPreferences.MAX_DAYS_BEFORE_DUE,
                BlamingPhrases.DEFAULTS, String.join("\n", blameless.extraPhrases()), scope.everywhere(),
                projects.browsable().stream().map(project -> new ScopeOption(project.key(), project.key() + " \u2014 " + project.name(),
                        scope.projectKeys().contains(project.key()))).toList(),
                issueTypes.standardIssueTypes().stream().map(type -> new ScopeOption(type, type,
                        scope.issueTypes().stream().anyMatch(type::equalsIgnoreCase))).toList(),
                causes.catalogue().categories().stream().map(category -> new CauseChoiceView(category.id(), category.name())).toList());
    }
}
