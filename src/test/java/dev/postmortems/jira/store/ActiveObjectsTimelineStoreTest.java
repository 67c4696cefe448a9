package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class ActiveObjectsTimelineStoreTest {
    private static final long ISSUE = 10_100L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsTimelineStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, TimelineEntryEntity.class);
    }

    private ActiveObjectsTimelineStore store() {
        return new ActiveObjectsTimelineStore(ao.activeObjects());
    }

    @Test
    public void givenAddedEntries_thenTheyComeBackWithIdsTagsAndFirstRevision() {
        List<TimelineEntry> added = store().add(ISSUE, List.of(
                draft("2026-11-20T10:00:00Z", "Impact started", TimelineTag.IMPACT_STARTED),
                draft("2026-11-20T10:12:00Z", "Alert: <b>5xx</b> on checkout 🚒", null)));

        List<TimelineEntry> read = store().entriesOf(ISSUE);

        assertEquals(2, read.size());
        assertTrue(read.containsAll(added));
        TimelineEntry tagged = read.stream().filter(e -> e.text().equals("Impact started")).findFirst().orElseThrow();
        assertEquals(Optional.of(TimelineTag.IMPACT_STARTED), tagged.tag());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), tagged.occurredAt());
        assertEquals(1, tagged.revision());
    }

    @Test
    public void givenEntriesOfTwoPostmortems_thenEachReadsOnlyItsOwn() {
        store().add(ISSUE, List.of(draft("2026-11-20T10:00:00Z", "ours", null)));
        store().add(ISSUE + 1, List.of(draft("2026-11-20T10:00:00Z", "theirs", null)));

        assertEquals(List.of("ours"), store().entriesOf(ISSUE).stream().map(TimelineEntry::text).toList());
    }

    @Test
    public void givenReplaced_thenTheNewTextTimeAndTagAreKeptAndTheRevisionCounts() {
        TimelineEntry original = store().add(ISSUE, List.of(draft("2026-11-20T10:00:00Z", "first", TimelineTag.DETECTED))).get(0);

        TimelineEntry replaced = store().replace(original, draft("2026-11-20T10:05:00Z", "corrected", null));

        assertEquals(replaced, store().find(original.id()).orElseThrow());
        assertEquals("corrected", replaced.text());
        assertEquals(Optional.empty(), replaced.tag());
        assertEquals(Instant.parse("2026-11-20T10:05:00Z"), replaced.occurredAt());
        assertEquals(2, replaced.revision());
    }

    @Test
    public void givenDeletedEntry_thenItIsGoneAndTheOthersStay() {
        List<TimelineEntry> added = store().add(ISSUE, List.of(draft("2026-11-20T10:00:00Z", "a", null),
                draft("2026-11-20T10:01:00Z", "b", null)));

        store().delete(added.get(0).id());

        assertEquals(List.of(added.get(1)), store().entriesOf(ISSUE));
        assertEquals(Optional.empty(), store().find(added.get(0).id()));
    }

    @Test
    public void givenPostmortemDeleted_thenAllItsEntriesGoAndOnlyThose() {
        store().add(ISSUE, List.of(draft("2026-11-20T10:00:00Z", "a", null), draft("2026-11-20T10:01:00Z", "b", null)));
        store().add(ISSUE + 1, List.of(draft("2026-11-20T10:00:00Z", "other", null)));

        assertEquals(2, store().deleteAllOf(ISSUE));

        assertEquals(List.of(), store().entriesOf(ISSUE));
        assertEquals(1, store().entriesOf(ISSUE + 1).size());
    }

    @Test
    public void readingATimelineTakesOneQueryAt1And100And1000Entries() {
        List<Integer> queries = new ArrayList<>();
        long issue = ISSUE;
        for (int size : new int[] {1, 100, 1_000}) {
            issue++;
            List<TimelineEntryDraft> drafts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                drafts.add(draft(Instant.parse("2026-11-20T10:00:00Z").plusSeconds(60L * i).toString(), "fact " + i,
                        i == 0 ? TimelineTag.DETECTED : null));
            }
            store().add(issue, drafts);

            int before = ao.statementsExecuted();
            List<TimelineEntry> read = store().entriesOf(issue);
            read.forEach(entry -> entry.text().length()); // every field used, as the panel does
            queries.add(ao.statementsExecuted() - before);
            assertEquals(size, read.size());
        }
        assertEquals(List.of(1, 1, 1), queries);
    }

    private static TimelineEntryDraft draft(String at, String text, TimelineTag tag) {
        return new TimelineEntryDraft(Instant.parse(at), text, Optional.ofNullable(tag));
    }
}
