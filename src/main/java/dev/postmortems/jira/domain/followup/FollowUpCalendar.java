package dev.postmortems.jira.domain.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a follow-up — an action ticket or the review ticket — is due, and whether it is overdue. Jira keeps a due
 * date as a calendar day; the app counts calendar days in Jira's default time zone, never the reader's, so a ticket
 * is overdue for everyone at the same moment: in every panel, the JQL functions, the reminders and the write-up.
 * A ticket due today is not overdue yet; it is overdue from the next day on, until it is resolved.
 */
public final class FollowUpCalendar {
    private FollowUpCalendar() {
    }

    /** Today's date in Jira's default time zone. */
    public static LocalDate today(Instant now, ZoneId jiraZone) {
        return LocalDate.ofInstant(now, jiraZone);
    }

    public static boolean isOverdue(Optional<LocalDate> due, boolean resolved, LocalDate today) {
        return !resolved && due.filter(day -> day.isBefore(firstDayNotOverdue(today))).isPresent();
    }

    /** The earliest due day that is not overdue today: the stores find overdue tickets as those due before it. */
    public static LocalDate firstDayNotOverdue(LocalDate today) {
        return today;
    }

    /**
     * Whether an unresolved ticket falls due within the next {@code daysAhead} days, today included: the pre-due
     * reminder's rule. With 0 days ahead nothing is due soon (the reminder is off).
     */
    public static boolean isDueSoon(Optional<LocalDate> due, boolean resolved, LocalDate today, int daysAhead) {
        return !resolved && daysAhead > 0 && due.filter(day -> !isOverdue(due, false, today))
                .filter(day -> !day.isAfter(lastDayDueSoon(today, daysAhead))).isPresent();
    }

    /** The last due day that is due soon today; the stores find those due from today up to it. */
    public static LocalDate lastDayDueSoon(LocalDate today, int daysAhead) {
        return today.plusDays(daysAhead);
    }

    /**
     * Whether a ticket resolved on {@code doneDay} was done by its due date: resolved on a day it was not yet
     * overdue, the due day included. Without a due date there is nothing to be on time for.
     */
    public static boolean doneByDue(Optional<LocalDate> due, LocalDate doneDay) {
        return due.isPresent() && !isOverdue(due, false, doneDay);
    }

    /** Days from today to the due day: negative once it has passed. */
    public static long daysLeft(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
