package dev.postmortems.jira.domain.timeline;

import org.junit.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class TimelineInputTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    public void givenAnInstant_thenItIsTakenAsIs() {
        TimelineEntryDraft draft = new TimelineInput("2026-11-20T10:53:00Z", "Switch rebooted", "detected").draft(TOKYO).orElseThrow();

        assertEquals(Instant.parse("2026-11-20T10:53:00Z"), draft.occurredAt());
        assertEquals(Optional.of(TimelineTag.DETECTED), draft.tag());
    }

    @Test
    public void givenALocalDateTime_thenItIsReadInThePersonsZone() {
        TimelineEntryDraft draft = new TimelineInput("2026-11-20T10:53", "x", "").draft(TOKYO).orElseThrow();

        assertEquals(Instant.parse("2026-11-20T01:53:00Z"), draft.occurredAt());
        assertEquals(Optional.empty(), draft.tag());
    }

    @Test
    public void givenAnOffset_thenTheOffsetWins() {
        assertEquals(Instant.parse("2026-11-20T09:53:00Z"),
                new TimelineInput("2026-11-20T10:53+01:00", "x", null).draft(TOKYO).orElseThrow().occurredAt());
    }

    @Test
    public void givenEveryFieldWrong_thenEveryProblemIsReported() {
        assertEquals(List.of(TimelineProblem.TEXT_MISSING, TimelineProblem.TIME_MISSING, TimelineProblem.TAG_UNKNOWN),
                new TimelineInput(" ", "  ", "blame").problems(TOKYO));
    }

    @Test
    public void givenBadTimes_thenEachIsNamed() {
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("yesterday", "x", null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("2026-02-30T10:00", "x", null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("10:53", "x", null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("2026-11-20T10:53 extra", "x", null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TIME_OUT_OF_RANGE), new TimelineInput("1900-01-01T00:00:00Z", "x", null).problems(TOKYO));
    }

    @Test
    public void givenAnOffsetBeyondEighteenHours_thenTheTimeIsInvalid() {
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("2026-11-20T10:00+25:00", "x", null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TIME_INVALID), new TimelineInput("2026-11-20T10:00-19:00", "x", null).problems(TOKYO));
        assertEquals(List.of(), new TimelineInput("2026-11-20T10:00+18:00", "x", null).problems(TOKYO));
    }

    @Test
    public void textIsLimitedTo10000Characters() {
        assertEquals(List.of(), new TimelineInput("2026-11-20T10:53:00Z", "x".repeat(10_000), null).problems(TOKYO));
        assertEquals(List.of(TimelineProblem.TEXT_TOO_LONG),
                new TimelineInput("2026-11-20T10:53:00Z", "x".repeat(10_001), null).problems(TOKYO));
    }
}
