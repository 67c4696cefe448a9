package dev.postmortems.jira.domain.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One fact of the incident: when it happened and what happened. Names of people are allowed here (the only
 * place in a postmortem where they are) and the text is kept exactly as written.
 *
 * @param revision counts saves; an edit must name the revision it started from
 */
public record TimelineEntry(long id, long issueId, Instant occurredAt, String text, Optional<TimelineTag> tag,
                            int revision) {
    /** Oldest first; entries at the same minute keep the order in which they were added. */
    public static final Comparator<TimelineEntry> CHRONOLOGICAL =
            Comparator.comparing(TimelineEntry::occurredAt).thenComparingLong(TimelineEntry::id);

    public TimelineEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
    }

    public boolean isTagged(TimelineTag wanted) {
        return tag.filter(wanted::equals).isPresent();
    }
}
