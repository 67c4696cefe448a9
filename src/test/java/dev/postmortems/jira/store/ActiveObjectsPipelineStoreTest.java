package dev.postmortems.jira.store;

import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.service.insight.PipelineStore;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

@RunWith(Parameterized.class)
public class ActiveObjectsPipelineStoreTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsPipelineStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsPipelineStore store() {
        return new ActiveObjectsPipelineStore(ao.activeObjects());
    }

    @Test
    public void aPostmortemFollowsItsIssue_andAnyOtherIssueHasNoRow() {
        store().issueChanged(11L, true, state(Optional.of(LocalDate.of(2026, 12, 4)), false, 100L, true));
        store().issueChanged(12L, true, state(Optional.empty(), true, 100L, true));
        store().issueChanged(13L, true, state(Optional.empty(), false, 200L, true));
        store().issueChanged(14L, false, state(Optional.empty(), false, 100L, false)); // a Bug

        assertEquals(List.of(new PipelineStore.MirroredPostmortem(11L, Optional.of(CREATED), Optional.of(LocalDate.of(2026, 12, 4)), false),
                new PipelineStore.MirroredPostmortem(12L, Optional.of(CREATED), Optional.empty(), true)), sorted(100L));

        store().issueChanged(11L, true, state(Optional.of(LocalDate.of(2026, 12, 8)), false, 200L, true)); // moved, due later
        store().issueChanged(12L, false, state(Optional.empty(), true, 100L, false)); // no longer a Postmortem
        assertEquals(List.of(), sorted(100L));
        assertEquals(List.of(11L, 13L), sorted(200L).stream().map(PipelineStore.MirroredPostmortem::issueId).toList());
        assertEquals(Set.of(11L, 13L), store().recorded());
        assertEquals(1, store().forget(13L));
        assertEquals(Set.of(11L), store().recorded());
    }

    @Test
    public void aProjectsPostmortemsAreOneStatement_andAnUnchangedIssueWritesNothing() {
        for (long id = 1; id <= 50; id++) {
            store().issueChanged(id, true, state(Optional.empty(), id % 2 == 0, 100L, true));
        }
        int before = ao.statementsExecuted();
        assertEquals(50, store().postmortemsIn(100L).size());
        assertEquals(1, ao.statementsExecuted() - before);

        before = ao.statementsExecuted();
        store().issueChanged(7L, true, state(Optional.empty(), false, 100L, true));
        assertEquals("read, nothing written", 1, ao.statementsExecuted() - before);
    }

    private List<PipelineStore.MirroredPostmortem> sorted(long projectId) {
        return store().postmortemsIn(projectId).stream()
                .sorted(java.util.Comparator.comparingLong(PipelineStore.MirroredPostmortem::issueId)).toList();
    }

    private static IssueState state(Optional<LocalDate> due, boolean resolved, long projectId, boolean postmortem) {
        return new IssueState(due, resolved, Optional.empty(), Optional.of(CREATED), Optional.of(projectId), postmortem);
    }
}
