package dev.postmortems.jira.domain.team;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a postmortem is due: so many working days (Monday to Friday) after its incident was resolved — or after it
 * was started, while the incident is still open — by the incident's priority. "It serves no good to schedule a
 * postmortem meeting a month after an incident happened."
 *
 * @param highest working days for an incident of Jira's *Highest* priority
 * @param high    for *High*
 * @param other   for any other priority, or none
 */
public record PostmortemDeadlines(int highest, int high, int other) {
    /** The defaults until a project's administrators choose: 3, 5 and 10 working days. */
    public static final PostmortemDeadlines DEFAULTS = new PostmortemDeadlines(3, 5, 10);
    /** A deadline further than this is not a deadline. */
    public static final int MAX_WORKING_DAYS = 60;

    public boolean isValid() {
        return inRange(highest) && inRange(high) && inRange(other);
    }

    /** The working days for an incident of this priority (Jira's priority names, whatever their letter case). */
    public int workingDaysFor(Optional<String> priority) {
        String name = priority.orElse("");
        if (name.equalsIgnoreCase("Highest")) {
            return highest;
        }
        return name.equalsIgnoreCase("High") ? high : other;
    }

    /** The due day: the given number of working days after {@code from}, counted from the next working day on. */
    public static LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** @param resolvedOn the day the incident was resolved, in Jira's time zone; empty while it is open */
    public LocalDate dueFor(Optional<LocalDate> resolvedOn, LocalDate today, Optional<String> priority) {
        return addWorkingDays(resolvedOn.orElse(today), workingDaysFor(priority));
    }

    private static boolean inRange(int days) {
        return days >= 1 && days <= MAX_WORKING_DAYS;
    }
}
