package dev.postmortems.jira.service.reminder;

import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;

import java.util.List;

/** Jira administrators choose how often overdue review and action tickets are looked for. */
public final class ReminderSettingsService {
    private final ReminderSchedule schedule;
    private final WhoIsAsking adminCheck;

    public ReminderSettingsService(ReminderSchedule schedule, WhoIsAsking adminCheck) {
        this.schedule = schedule;
        this.adminCheck = adminCheck;
    }

    public int intervalHours() {
        requireAdmin();
        return schedule.intervalHours();
    }

    public int changeInterval(Integer hours) {
        requireAdmin();
        if (hours == null || hours < ReminderSchedule.MIN_HOURS || hours > ReminderSchedule.MAX_HOURS) {
            throw new InvalidInputException(List.of(new FieldError("intervalHours", "postmortems.reminder.error.interval",
                    List.of(ReminderSchedule.MIN_HOURS, ReminderSchedule.MAX_HOURS))));
        }
        schedule.reschedule(hours);
        return schedule.intervalHours();
    }

    private void requireAdmin() {
        if (!adminCheck.isAdmin()) {
            throw ChangeNotAllowedException.siteSettings();
        }
    }
}
