package dev.postmortems.jira.view.recurrence;

/**
 * One recurrence as shown; one the reader may not browse shows neither key nor summary nor date.
 *
 * @param createdAt when the incident was created, ISO ({@code 2026-11-20T10:00:00Z}), or {@code ""}
 * @param date      the same day as the reader reads dates, in their time zone
 */
public record RecurrenceItemView(String key, String url, String summary, boolean restricted, String createdAt, String date) {
}
