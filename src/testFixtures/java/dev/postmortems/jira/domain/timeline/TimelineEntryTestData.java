package dev.postmortems.jira.domain.timeline;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Builds timeline entries for tests: {@code anEntry().at("2026-11-20T10:53:00Z").tagged(DETECTED).build()}. */
public final class TimelineEntryTestData {
    private static final AtomicLong ids = new AtomicLong();

    private long id = ids.incrementAndGet();
    private long issueId = 10_000L;
    private Instant occurredAt = Instant.parse("2026-11-20T10:00:00Z");
    private String text = "The on-call engineer rebooted the switch";
    private TimelineTag tag;
    private int revision = 1;

    private TimelineEntryTestData() {
    }

    public static TimelineEntryTestData anEntry() {
        return new TimelineEntryTestData();
    }

    public TimelineEntryTestData withId(long id) {
        this.id = id;
        return this;
    }

    public TimelineEntryTestData ofIssue(long issueId) {
        this.issueId = issueId;
        return this;
    }

    public TimelineEntryTestData at(String isoInstant) {
        this.occurredAt = Instant.parse(isoInstant);
        return this;
    }

    public TimelineEntryTestData saying(String text) {
        this.text = text;
        return this;
    }

    public TimelineEntryTestData tagged(TimelineTag tag) {
        this.tag = tag;
        return this;
    }

    public TimelineEntryTestData atRevision(int revision) {
        this.revision = revision;
        return this;
    }

    public TimelineEntry build() {
        return new TimelineEntry(id, issueId, occurredAt, text, Optional.ofNullable(tag), revision);
    }
}
