package dev.postmortems.jira.service.timeline;

import java.util.List;

/**
 * The timeline as one person sees it: times in their zone and words in their language. The Timeline panel
 * renders it and the REST resource returns it as JSON, so both always show the same.
 *
 * @param timeZone the person's zone id, shown with the times and used for times typed without one
 * @param today    today's date in that zone, {@code yyyy-MM-dd}: the default date of a paste
 */
public record TimelineView(String issueKey, boolean editable, String timeZone, String today,
                           List<Row> entries, List<Measure> measures, List<String> warnings, List<TagOption> tags) {

    /**
     * One entry.
     *
     * @param occurredAt      the instant, ISO-8601 in UTC
     * @param occurredAtLocal the date and time in the person's zone, {@code yyyy-MM-ddTHH:mm}, for editing
     * @param when            the time to show, with its zone
     * @param tag             the tag key, or {@code ""}
     */
    public record Row(long id, int revision, String occurredAt, String occurredAtLocal, String when, String text,
                      String tag, String tagLabel) {
    }

    /** A duration read from the key moments, e.g. "Time to detect: 12 min". */
    public record Measure(String key, String label, String value) {
    }

    public record TagOption(String key, String label) {
    }
}
