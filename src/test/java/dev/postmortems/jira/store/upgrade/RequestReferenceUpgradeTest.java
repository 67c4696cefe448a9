package dev.postmortems.jira.store.upgrade;

import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.store.ActiveObjectsTimelineStore;
import dev.postmortems.jira.store.ActiveObjectsWhysStore;
import dev.postmortems.jira.store.TimelineEntryEntity;
import dev.postmortems.jira.store.WhyChainEntity;
import dev.postmortems.jira.store.WhyStepEntity;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.Database;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The request reference columns are an add-only change: a site upgrading from a version without them keeps every
 * timeline entry and why-chain, which simply have no reference, and new ones record theirs.
 */
@RunWith(Parameterized.class)
public class RequestReferenceUpgradeTest {
    /** The timeline table as the previous version declared it. */
    @Table("TIMELINE_ENTRY")
    public interface TimelineEntryBefore extends Entity {
        @NotNull
        long getIssueId();

        void setIssueId(long issueId);

        @NotNull
        long getOccurredAt();

        void setOccurredAt(long occurredAt);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getText();

        void setText(String text);

        @StringLength(32)
        String getTag();

        void setTag(String tag);

        @NotNull
        int getRevision();

        void setRevision(int revision);
    }

    /** The why-chain table as the previous version declared it. */
    @Table("WHY_CHAIN")
    public interface WhyChainBefore extends Entity {
        @NotNull
        long getIssueId();

        void setIssueId(long issueId);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getProblem();

        void setProblem(String problem);

        @NotNull
        boolean isRootCause();

        void setRootCause(boolean rootCause);

        @NotNull
        int getPosition();

        void setPosition(int position);

        @NotNull
        int getRevision();

        void setRevision(int revision);
    }

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public RequestReferenceUpgradeTest(Database database) {
        this.ao = new ActiveObjectsRule(database, TimelineEntryBefore.class, WhyChainBefore.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    public void rowsWrittenBeforeTheReferencesExistedAreKeptAndNewOnesRecordTheirs() throws Exception {
        ao.activeObjects().create(TimelineEntryBefore.class, new DBParam("ISSUE_ID", 7L), new DBParam("OCCURRED_AT", 1_000L),
                new DBParam("TEXT", "written before"), new DBParam("REVISION", 1));
        ao.activeObjects().create(WhyChainBefore.class, new DBParam("ISSUE_ID", 7L), new DBParam("PROBLEM", "asked before"),
                new DBParam("ROOT_CAUSE", false), new DBParam("POSITION", 0), new DBParam("REVISION", 1));

        ao.entityManager().migrate(TimelineEntryEntity.class, WhyChainEntity.class, WhyStepEntity.class);

        ActiveObjectsTimelineStore timeline = new ActiveObjectsTimelineStore(ao.activeObjects());
        ActiveObjectsWhysStore whys = new ActiveObjectsWhysStore(ao.activeObjects());
        assertEquals(List.of("written before"), timeline.entriesOf(7L).stream().map(TimelineEntry::text).toList());
        assertEquals(List.of("asked before"), whys.chainsOf(7L).stream().map(WhyChain::problem).toList());
        assertTrue(timeline.addedBy(7L, "req-after-0001").isEmpty());

        timeline.add(7L, List.of(new dev.postmortems.jira.domain.timeline.TimelineEntryDraft(java.time.Instant.EPOCH, "written after",
                java.util.Optional.empty())), java.util.Optional.of("req-after-0001"));
        assertEquals(List.of("written after"), timeline.addedBy(7L, "req-after-0001").stream().map(TimelineEntry::text).toList());
        assertEquals(2, timeline.entriesOf(7L).size());
    }
}
