package dev.postmortems.jira.domain.timeline;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** A postmortem's measures from its timeline's key moments, and how the JQL function compares them. */
public class MeasureTest {
    private static final Instant IMPACT = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    public void eachMeasureRunsFromTheStartOfImpactAndIsMissingWithoutBothMoments() {
        Timeline whole = timeline(entry(IMPACT, TimelineTag.IMPACT_STARTED), entry(IMPACT.plusSeconds(360), TimelineTag.DETECTED),
                entry(IMPACT.plusSeconds(31 * 60), TimelineTag.MITIGATED), entry(IMPACT.plusSeconds(47 * 60), TimelineTag.RESOLVED));
        assertEquals(Map.of(Measure.TIME_TO_DETECT, Duration.ofMinutes(6), Measure.TIME_TO_MITIGATE, Duration.ofMinutes(31),
                Measure.TIME_TO_RESOLVE, Duration.ofMinutes(47)), Measure.measured(whole));

        Timeline noImpact = timeline(entry(IMPACT, TimelineTag.DETECTED), entry(IMPACT.plusSeconds(600), TimelineTag.RESOLVED));
        assertEquals("no start of impact: no value, not zero", Map.of(), Measure.measured(noImpact));
        Timeline unresolved = timeline(entry(IMPACT, TimelineTag.IMPACT_STARTED), entry(IMPACT.plusSeconds(60), TimelineTag.DETECTED));
        assertEquals(Map.of(Measure.TIME_TO_DETECT, Duration.ofMinutes(1)), Measure.measured(unresolved));
        assertEquals(Optional.empty(), Measure.TIME_TO_RESOLVE.of(unresolved));
        assertEquals(Map.of(), Measure.measured(timeline()));
    }

    @Test
    public void measuresAndComparisonsAreNamedAsPeopleWriteThem() {
        assertEquals(Optional.of(Measure.TIME_TO_RESOLVE), Measure.named("  Time  to Resolve "));
        assertEquals(Optional.empty(), Measure.named("mttr"));
        assertEquals(Optional.empty(), Measure.named(null));
        assertEquals(Optional.of(MeasureComparison.AT_LEAST), MeasureComparison.of(" >= "));
        assertEquals(Optional.empty(), MeasureComparison.of("=>"));

    }

    private static Timeline timeline(TimelineEntry... entries) {
        return new Timeline(List.of(entries));
    }

    private static TimelineEntry entry(Instant at, TimelineTag tag) {
        return new TimelineEntry(at.getEpochSecond(), 1L, at, "moment", Optional.of(tag), 0);
    }
}
