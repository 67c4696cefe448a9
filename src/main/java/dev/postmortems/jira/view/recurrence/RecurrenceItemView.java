package dev.postmortems.jira.view.recurrence;

/** One recurrence as shown; one the reader may not browse shows neither key nor summary. */
public record RecurrenceItemView(String key, String url, String summary, boolean restricted, String date) {
}
