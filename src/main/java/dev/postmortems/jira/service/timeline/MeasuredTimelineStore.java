package dev.postmortems.jira.service.timeline;

import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.Timeline;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The timeline store every feature writes through: after each change it records the postmortem's measures again, so
 * {@code postmortemsWithMeasure} follows every entry added (the panel, a paste, the seed of a started postmortem),
 * edited or deleted. One read of the entries and one write per change.
 */
public final class MeasuredTimelineStore implements TimelineStore {
    private final TimelineStore entries;
    private final MeasureStore measures;
    private final Projects projects;

    public MeasuredTimelineStore(TimelineStore entries, MeasureStore measures, Projects projects) {
        this.entries = entries;
        this.measures = measures;
        this.projects = projects;
    }

    /**
     * Records the measures of a postmortem whose timeline was written before they were kept, or before their project
     * and start were.
     */
    public int backfill() {
        Set<Long> recorded = measures.recorded();
        Set<Long> unplaced = measures.unplaced();
        int filled = 0;
        for (long issueId : entries.issuesWithEntries()) {
            if (!recorded.contains(issueId) || unplaced.contains(issueId)) {
                measure(issueId);
                filled++;
            }
        }
        return filled;
    }

    @Override
    public List<TimelineEntry> entriesOf(long issueId) {
        return entries.entriesOf(issueId);
    }

    @Override
    public Optional<TimelineEntry> find(long entryId) {
        return entries.find(entryId);
    }

    @Override
    public List<TimelineEntry> add(long issueId, List<TimelineEntryDraft> drafts, Optional<String> requestId) {
        List<TimelineEntry> added = entries.add(issueId, drafts, requestId);
        measure(issueId);
        return added;
    }

    @Override
    public List<TimelineEntry> addedBy(long issueId, String requestId) {
        return entries.addedBy(issueId, requestId);
    }

    @Override
    public TimelineEntry replace(TimelineEntry current, TimelineEntryDraft draft) {
        TimelineEntry replaced = entries.replace(current, draft);
        measure(current.issueId());
        return replaced;
    }

    @Override
    public void delete(long entryId) {
        Optional<TimelineEntry> entry = entries.find(entryId);
        entries.delete(entryId);
        entry.ifPresent(gone -> measure(gone.issueId()));
    }

    @Override
    public int deleteAllOf(long issueId) {
        measures.deleteAllOf(issueId);
        return entries.deleteAllOf(issueId);
    }

    @Override
    public Set<Long> issuesWithEntries() {
        return entries.issuesWithEntries();
    }

    private void measure(long issueId) {
        Timeline timeline = new Timeline(entries.entriesOf(issueId));
        measures.record(issueId, projects.projectOf(issueId).map(TargetProject::id), timeline.moment(TimelineTag.IMPACT_STARTED),
                Measure.measured(timeline));
    }
}
