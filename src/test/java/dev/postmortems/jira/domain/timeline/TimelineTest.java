package dev.postmortems.jira.domain.timeline;

import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.postmortems.jira.domain.timeline.TimelineEntryTestData.anEntry;
import static dev.postmortems.jira.domain.timeline.TimelineTag.DETECTED;
import static dev.postmortems.jira.domain.timeline.TimelineTag.IMPACT_STARTED;
import static dev.postmortems.jira.domain.timeline.TimelineTag.MITIGATED;
import static dev.postmortems.jira.domain.timeline.TimelineTag.RESOLVED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class TimelineTest {
    @Test
    public void givenEntriesInAnyOrder_thenTheyAreListedOldestFirst() {
        TimelineEntry late = anEntry().at("2026-11-20T11:00:00Z").build();
        TimelineEntry early = anEntry().at("2026-11-20T09:00:00Z").build();
        TimelineEntry middle = anEntry().at("2026-11-20T10:00:00Z").build();

        assertEquals(List.of(early, middle, late), new Timeline(List.of(late, early, middle)).entries());
    }

    @Test
    public void givenEntriesAtTheSameMinute_thenTheyKeepTheOrderTheyWereAddedIn() {
        TimelineEntry second = anEntry().withId(2).at("2026-11-20T10:00:00Z").build();
        TimelineEntry first = anEntry().withId(1).at("2026-11-20T10:00:00Z").build();

        assertEquals(List.of(first, second), new Timeline(List.of(second, first)).entries());
    }

    @Test
    public void givenAllKeyMoments_thenEachDurationIsMeasuredFromImpactStart() {
        Timeline timeline = new Timeline(List.of(
                anEntry().at("2026-11-20T10:00:00Z").tagged(IMPACT_STARTED).build(),
                anEntry().at("2026-11-20T10:12:00Z").tagged(DETECTED).build(),
                anEntry().at("2026-11-20T10:53:00Z").tagged(MITIGATED).build(),
                anEntry().at("2026-11-20T13:05:00Z").tagged(RESOLVED).build()));

        assertEquals(Optional.of(Duration.ofMinutes(12)), timeline.timeToDetect());
        assertEquals(Optional.of(Duration.ofMinutes(53)), timeline.timeToMitigate());
        assertEquals(Optional.of(Duration.ofMinutes(185)), timeline.timeToResolve());
        assertEquals(List.of(), timeline.warnings());
    }

    @Test
    public void givenNoImpactStart_thenNoDurationIsClaimed() {
        Timeline timeline = new Timeline(List.of(
                anEntry().at("2026-11-20T10:12:00Z").tagged(DETECTED).build(),
                anEntry().at("2026-11-20T13:05:00Z").tagged(RESOLVED).build()));

        assertEquals(Optional.empty(), timeline.timeToDetect());
        assertEquals(Optional.empty(), timeline.timeToResolve());
    }

    @Test
    public void givenResolvedBeforeDetected_thenTheContradictionIsFlaggedAndNoNegativeDurationShown() {
        Timeline timeline = new Timeline(List.of(
                anEntry().at("2026-11-20T10:00:00Z").tagged(IMPACT_STARTED).build(),
                anEntry().at("2026-11-20T09:30:00Z").tagged(RESOLVED).build(),
                anEntry().at("2026-11-20T10:12:00Z").tagged(DETECTED).build()));

        assertTrue(timeline.warnings().contains(TimelineWarning.outOfOrder(RESOLVED, DETECTED)));
        assertTrue(timeline.warnings().contains(TimelineWarning.outOfOrder(RESOLVED, IMPACT_STARTED)));
        assertEquals(Optional.empty(), timeline.timeToResolve());
    }

    @Test
    public void givenTwoDetectedEntries_thenTheDuplicateIsFlaggedAndTheEarliestCounts() {
        Timeline timeline = new Timeline(List.of(
                anEntry().at("2026-11-20T10:00:00Z").tagged(IMPACT_STARTED).build(),
                anEntry().at("2026-11-20T10:30:00Z").tagged(DETECTED).build(),
                anEntry().at("2026-11-20T10:10:00Z").tagged(DETECTED).build()));

        assertEquals(List.of(TimelineWarning.duplicate(DETECTED)), timeline.warnings());
        assertEquals(Optional.of(Duration.ofMinutes(10)), timeline.timeToDetect());
    }

    @Test
    public void givenMitigatedBeforeDetected_thenItIsFlagged() {
        Timeline timeline = new Timeline(List.of(
                anEntry().at("2026-11-20T10:20:00Z").tagged(DETECTED).build(),
                anEntry().at("2026-11-20T10:05:00Z").tagged(MITIGATED).build()));

        assertEquals(List.of(TimelineWarning.outOfOrder(MITIGATED, DETECTED)), timeline.warnings());
    }

    @Test
    public void tagKeysRoundTripAndUnknownKeysAreRejected() {
        for (TimelineTag tag : TimelineTag.values()) {
            assertEquals(Optional.of(tag), TimelineTag.fromKey(tag.key()));
        }
        assertEquals(Optional.empty(), TimelineTag.fromKey("blamed"));
        assertEquals(Optional.empty(), TimelineTag.fromKey(null));
    }
}
