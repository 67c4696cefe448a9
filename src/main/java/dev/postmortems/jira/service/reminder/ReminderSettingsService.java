package dev.postmortems.jira.service.reminder;

import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PersonChecks;
import dev.postmortems.jira.service.Projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira administrators choose how often review and action tickets are looked at, who writes the reminders, and
 * whether a reminder comes before the due date too.
 */
public final class ReminderSettingsService {
    private final ReminderSchedule schedule;
    private final ReminderPreferences preferences;
    private final PersonChecks personChecks;
    private final WhoIsAsking adminCheck;

    public ReminderSettingsService(ReminderSchedule schedule, ReminderPreferences preferences, Projects projects,
                                   WhoIsAsking adminCheck) {
        this.schedule = schedule;
        this.preferences = preferences;
        this.personChecks = new PersonChecks(projects);
        this.adminCheck = adminCheck;
    }

    public ReminderSettings settings() {
        requireAdmin();
        return new ReminderSettings(schedule.intervalHours(), preferences.author(), preferences.daysBeforeDue());
    }

    /**
     * Changes what is given and keeps the rest: a null leaves a setting as it is, a blank author takes the author
     * away. All or nothing: a bad value changes no setting.
     */
    public ReminderSettings change(Integer hours, String author, Integer daysBeforeDue) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        if (hours != null && (hours < ReminderSchedule.MIN_HOURS || hours > ReminderSchedule.MAX_HOURS)) {
            errors.add(new FieldError("intervalHours", "postmortems.reminder.error.interval",
                    List.of(ReminderSchedule.MIN_HOURS, ReminderSchedule.MAX_HOURS)));
        }
        if (author != null && !author.isBlank()) {
            personChecks.toWrite("author", author).ifPresent(errors::add);
        }
        if (daysBeforeDue != null && (daysBeforeDue < 0 || daysBeforeDue > ReminderPreferences.MAX_DAYS_BEFORE_DUE)) {
            errors.add(new FieldError("daysBeforeDue", "postmortems.reminder.error.days-before-due",
                    List.of(ReminderPreferences.MAX_DAYS_BEFORE_DUE)));
        }
        if (hours == null && author == null && daysBeforeDue == null) {
            errors.add(new FieldError("intervalHours", "postmortems.reminder.error.interval",
                    List.of(ReminderSchedule.MIN_HOURS, ReminderSchedule.MAX_HOURS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<String> newAuthor = author == null ? preferences.author()
                : Optional.of(author.strip()).filter(name -> !name.isEmpty());
        preferences.save(newAuthor, daysBeforeDue == null ? preferences.daysBeforeDue() : daysBeforeDue);
        if (hours != null) {
            schedule.reschedule(hours);
        }
        return new ReminderSettings(schedule.intervalHours(), preferences.author(), preferences.daysBeforeDue());
    }

    private void requireAdmin() {
        if (!adminCheck.isAdmin()) {
            throw ChangeNotAllowedException.siteSettings();
        }
    }
}
