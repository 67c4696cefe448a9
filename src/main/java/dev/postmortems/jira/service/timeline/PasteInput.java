package dev.postmortems.jira.service.timeline;

/**
 * A paste of many timeline lines, as typed.
 *
 * @param date the date for lines that carry only a time, {@code yyyy-MM-dd}; blank for today
 * @param zone the time zone for lines that carry none, such as {@code Europe/Berlin}; blank for the person's own
 */
public record PasteInput(String text, String date, String zone) {
}
