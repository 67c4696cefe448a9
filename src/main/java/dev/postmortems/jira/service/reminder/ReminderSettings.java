package dev.postmortems.jira.service.reminder;

import java.util.Optional;

/**
 * The reminders as Jira administrators set them.
 *
 * @param intervalHours how often the job looks for tickets to remind, 1 to 168
 * @param author        the username reminders are written as; empty for none (Jira shows Anonymous)
 * @param daysBeforeDue how many days before the due date a pre-due reminder is written; 0 for none
 */
public record ReminderSettings(int intervalHours, Optional<String> author, int daysBeforeDue) {
}
