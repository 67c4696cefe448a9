package dev.postmortems.jira.service.timeline;

import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;

import java.util.List;
import java.util.Optional;

/** Port: where timeline entries are kept, by Jira issue id. */
public interface TimelineStore {
    /** Every entry of the postmortem, in one query whatever their number. */
    List<TimelineEntry> entriesOf(long issueId);

    Optional<TimelineEntry> find(long entryId);

    /** Adds all or none, in one transaction. */
    /** Adds the entries, in one transaction. */
    default List<TimelineEntry> add(long issueId, List<TimelineEntryDraft> drafts) {
        return add(issueId, drafts, Optional.empty());
    }

    /** Adds the entries, in one transaction, noting the request that added them. */
    List<TimelineEntry> add(long issueId, List<TimelineEntryDraft> drafts, Optional<String> requestId);

    /** The postmortem's entries that this request added, if any. */
    List<TimelineEntry> addedBy(long issueId, String requestId);

    /** Saves the draft over the entry and counts one more revision. */
    TimelineEntry replace(TimelineEntry current, TimelineEntryDraft draft);

    void delete(long entryId);

    /** Removes every entry of the postmortem; the count removed. */
    int deleteAllOf(long issueId);

    /** The postmortems that have at least one entry, in one query. */
    java.util.Set<Long> issuesWithEntries();
}
