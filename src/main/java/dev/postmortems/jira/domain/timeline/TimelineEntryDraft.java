package dev.postmortems.jira.domain.timeline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A valid timeline entry not yet saved: what {@link TimelineInput} makes of what a person typed. */
public record TimelineEntryDraft(Instant occurredAt, String text, Optional<TimelineTag> tag) {
    public TimelineEntryDraft {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
    }
}
