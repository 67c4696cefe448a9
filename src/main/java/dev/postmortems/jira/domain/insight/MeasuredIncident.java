package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.timeline.Measure;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A postmortem's incident as its timeline measures it: when impact started, and the measures its key moments give
 * (a measure without both moments is missing, never zero).
 */
public record MeasuredIncident(long issueId, Instant impactStarted, Map<Measure, Duration> measures) {
    public MeasuredIncident {
        Objects.requireNonNull(impactStarted, "impactStarted");
        measures = Map.copyOf(measures);
    }
}
