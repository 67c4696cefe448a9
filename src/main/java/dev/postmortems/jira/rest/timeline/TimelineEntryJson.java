package dev.postmortems.jira.rest.timeline;

import dev.postmortems.jira.domain.timeline.TimelineInput;

/**
 * A timeline entry as sent by a client.
 *
 * @param occurredAt ISO-8601: an instant ({@code 2026-11-20T10:53:00Z}), a date-time with offset, or a local
 *                   date-time read in the caller's Jira time zone ({@code 2026-11-20T10:53})
 * @param tag        {@code impact-started}, {@code detected}, {@code mitigated}, {@code resolved}, or empty
 * @param revision   for changes: the revision the client loaded, so a stale edit is refused
 */
public record TimelineEntryJson(String occurredAt, String text, String tag, Integer revision, String requestId) {
    TimelineInput input() {
        return new TimelineInput(occurredAt, text, tag);
    }
}
