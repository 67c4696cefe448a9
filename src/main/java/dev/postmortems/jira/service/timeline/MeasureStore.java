package dev.postmortems.jira.service.timeline;

import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.MeasureComparison;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Port: each postmortem's measures as its timeline gives them, kept for JQL. */
public interface MeasureStore {
    /**
     * Writes the postmortem's measures, replacing what was kept; a measure left out has no value. Its project and the
     * moment impact started place it in the Detection and recovery gadget; without either it is in none.
     */
    void record(long issueId, Optional<Long> projectId, Optional<Instant> impactStarted, Map<Measure, Duration> measures);

    /** The measured incidents of a project whose impact started at {@code from} or later, in one indexed query. */
    List<MeasuredIncident> startedSince(long projectId, Instant from);

    /** The postmortems kept without a project: recorded before projects were, to measure again. */
    Set<Long> unplaced();

    /** What is kept for the postmortem (for tests and the backfill); empty when nothing is. */
    Optional<Map<Measure, Duration>> measuresOf(long issueId);

    /** The postmortems whose measure compares so with the given duration, in one indexed query. */
    List<Long> postmortemsWhere(Measure measure, MeasureComparison comparison, Duration given);

    /** The postmortems that have a record, measured or not. */
    Set<Long> recorded();

    int deleteAllOf(long issueId);
}
