package dev.postmortems.jira.view.timeline;

/**
 * One timeline entry as a person sees it.
 *
 * @param occurredAt      the instant, ISO-8601 in UTC
 * @param occurredAtLocal the date and time in the person's zone, {@code yyyy-MM-ddTHH:mm}, for editing
 * @param when            the time to show, with its zone
 * @param tag             the tag key, or {@code ""}
 */
public record TimelineRow(long id, int revision, String occurredAt, String occurredAtLocal, String when, String text,
                          String tag, String tagLabel) {
}
