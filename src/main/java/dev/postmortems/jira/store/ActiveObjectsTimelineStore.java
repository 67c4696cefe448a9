package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.timeline.TimelineStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Timeline entries in Active Objects, one row each, found by the indexed issue id. */
public final class ActiveObjectsTimelineStore implements TimelineStore {
    // Every column in the select, so reading an entry's fields never goes back to the database.
    private static final String ALL_COLUMNS = String.join(", ", "ID", TimelineEntryEntity.ISSUE_ID,
            TimelineEntryEntity.OCCURRED_AT, TimelineEntryEntity.TEXT, TimelineEntryEntity.TAG, TimelineEntryEntity.REVISION);

    private final ActiveObjects ao;

    public ActiveObjectsTimelineStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<TimelineEntry> entriesOf(long issueId) {
        TimelineEntryEntity[] rows = ao.find(TimelineEntryEntity.class,
                Query.select(ALL_COLUMNS).where(TimelineEntryEntity.ISSUE_ID + " = ?", issueId));
        return Arrays.stream(rows).map(ActiveObjectsTimelineStore::toEntry).toList();
    }

    @Override
    public Optional<TimelineEntry> find(long entryId) {
        TimelineEntryEntity[] rows = ao.find(TimelineEntryEntity.class,
                Query.select(ALL_COLUMNS).where("ID = ?", entryId));
        return Arrays.stream(rows).findFirst().map(ActiveObjectsTimelineStore::toEntry);
    }

    @Override
    public List<TimelineEntry> add(long issueId, List<TimelineEntryDraft> drafts, Optional<String> requestId) {
        return ao.executeInTransaction(() -> drafts.stream().map(draft -> toEntry(ao.create(TimelineEntryEntity.class,
                new DBParam(TimelineEntryEntity.ISSUE_ID, issueId),
                new DBParam(TimelineEntryEntity.OCCURRED_AT, draft.occurredAt().toEpochMilli()),
                new DBParam(TimelineEntryEntity.TEXT, draft.text()),
                new DBParam(TimelineEntryEntity.TAG, draft.tag().map(TimelineTag::key).orElse(null)),
                new DBParam(TimelineEntryEntity.REVISION, 1),
                new DBParam(TimelineEntryEntity.REQUEST_ID, requestId.orElse(null))))).toList());
    }

    @Override
    public List<TimelineEntry> addedBy(long issueId, String requestId) {
        TimelineEntryEntity[] rows = ao.find(TimelineEntryEntity.class, Query.select(ALL_COLUMNS)
                .where(TimelineEntryEntity.ISSUE_ID + " = ? AND " + TimelineEntryEntity.REQUEST_ID + " = ?", issueId, requestId));
        return Arrays.stream(rows).map(ActiveObjectsTimelineStore::toEntry).toList();
    }

    @Override
    public TimelineEntry replace(TimelineEntry current, TimelineEntryDraft draft) {
        return ao.executeInTransaction(() -> {
            TimelineEntryEntity row = ao.get(TimelineEntryEntity.class, (int) current.id());
            row.setOccurredAt(draft.occurredAt().toEpochMilli());
            row.setText(draft.text());
            row.setTag(draft.tag().map(TimelineTag::key).orElse(null));
            row.setRevision(current.revision() + 1);
            row.save();
            return toEntry(row);
        });
    }

    @Override
    public void delete(long entryId) {
        ao.deleteWithSQL(TimelineEntryEntity.class, "ID = ?", entryId);
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(TimelineEntryEntity.class, TimelineEntryEntity.ISSUE_ID + " = ?", issueId);
    }

    private static TimelineEntry toEntry(TimelineEntryEntity row) {
        return new TimelineEntry(row.getID(), row.getIssueId(), Instant.ofEpochMilli(row.getOccurredAt()), row.getText(),
                Optional.ofNullable(row.getTag()).flatMap(TimelineTag::fromKey), row.getRevision());
    }

    @Override
    public java.util.Set<Long> issuesWithEntries() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ao.stream(TimelineEntryEntity.class, Query.select("ID, " + TimelineEntryEntity.ISSUE_ID), row -> ids.add(row.getIssueId()));
        return ids;
    }
}
