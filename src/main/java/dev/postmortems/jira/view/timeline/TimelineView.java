package dev.postmortems.jira.view.timeline;

import java.util.List;

/**
 * The timeline as one person sees it: times in their zone and words in their language. The Timeline panel
 * renders it and the REST resource returns it as JSON, so both always show the same.
 *
 * @param timeZone the person's zone id, shown with the times and used for times typed without one
 * @param today    today's date in that zone, {@code yyyy-MM-dd}: the default date of a paste
 */
public record TimelineView(String issueKey, boolean editable, String timeZone, String today,
                           List<TimelineRow> entries, List<TimelineMeasure> measures, List<String> warnings,
                           List<TimelineTagOption> tags) {
}
