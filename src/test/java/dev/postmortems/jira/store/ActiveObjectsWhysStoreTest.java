package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class ActiveObjectsWhysStoreTest {
    private static final long ISSUE = 20_000L;
    private static final List<WhyStep> STEPS = List.of(
            new WhyStep("Why did the application go down?", "The database became locked."),
            new WhyStep("Why did it lock?", "Too many database writes."),
            new WhyStep("Why so many writes?", ""));

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsWhysStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsWhysStore store() {
        return new ActiveObjectsWhysStore(ao.activeObjects());
    }

    @Test
    public void givenAChainWithSteps_thenItComesBackWithTheStepsInOrder() {
        WhyChain added = store().add(ISSUE, "The application went down", STEPS, false);

        assertEquals(List.of(added), store().chainsOf(ISSUE));
        assertEquals(STEPS, added.steps());
        assertEquals(Optional.of(added), store().find(added.id()));
        assertEquals(1, added.revision());
        assertTrue(added.isOpen());
    }

    @Test
    public void chainsComeInTheOrderAddedUntilReordered() {
        WhyChain first = store().add(ISSUE, "first", List.of(), false);
        WhyChain second = store().add(ISSUE, "second", List.of(), false);
        WhyChain third = store().add(ISSUE, "third", List.of(), false);

        store().reorder(ISSUE, List.of(third.id(), first.id()));

        assertEquals(List.of("third", "first", "second"), store().chainsOf(ISSUE).stream().map(WhyChain::problem).toList());
        assertEquals(List.of(0, 1, 2), store().chainsOf(ISSUE).stream().map(WhyChain::position).toList());
        assertEquals(second.id(), store().chainsOf(ISSUE).get(2).id());
    }

    @Test
    public void replacingSavesTheNewStepsAndRootCauseAndCountsTheRevision() {
        WhyChain added = store().add(ISSUE, "p", STEPS, false);
        List<WhyStep> reordered = List.of(STEPS.get(1), STEPS.get(0), new WhyStep("Why no process?", "We never needed one."));

        WhyChain replaced = store().replace(added, "p, restated", reordered, true);

        assertEquals(replaced, store().find(added.id()).orElseThrow());
        assertEquals(reordered, replaced.steps());
        assertEquals(Optional.of("We never needed one."), replaced.rootCause());
        assertEquals(2, replaced.revision());
        assertEquals("p, restated", replaced.problem());
    }

    @Test
    public void aSortedRootCauseIsKeptWithItsComponentUntilTheRootCauseIsUnmarked() {
        WhyChain chain = store().add(ISSUE, "p", STEPS, true);
        RootCauseCategory cause = new RootCauseCategory(4, Optional.of(new RootCauseCategory.CauseComponent(70, "Search \u00e4\"'")));

        WhyChain sorted = store().categorize(chain, Optional.of(cause));

        assertEquals(Optional.of(cause), sorted.category());
        assertEquals(2, sorted.revision());
        assertEquals(sorted, store().find(chain.id()).orElseThrow());
        assertEquals(List.of(sorted), store().chainsOf(ISSUE));
        assertTrue(store().categoryInUse(4));
        assertFalse(store().categoryInUse(5));
        WhyChain restated = store().replace(sorted, "p, restated", STEPS, true);
        assertEquals("rewording keeps the category", Optional.of(cause), store().find(chain.id()).orElseThrow().category());

        store().replace(restated, "p", STEPS, false);

        assertEquals(Optional.empty(), store().find(chain.id()).orElseThrow().category());
        assertFalse(store().categoryInUse(4));
    }

    @Test
    public void postmortemsAreFoundByCategoryAndByTheComponentsNameIgnoringCase() {
        RootCauseCategory search = new RootCauseCategory(4, Optional.of(new RootCauseCategory.CauseComponent(70, "Search")));
        store().categorize(store().add(ISSUE, "a", STEPS, true), Optional.of(search));
        store().categorize(store().add(ISSUE, "b", STEPS, true), Optional.of(search));
        store().categorize(store().add(ISSUE + 1, "c", STEPS, true), Optional.of(new RootCauseCategory(4, Optional.empty())));
        store().categorize(store().add(ISSUE + 2, "d", STEPS, true), Optional.of(new RootCauseCategory(5, search.component())));

        assertEquals(List.of(ISSUE, ISSUE + 1), store().postmortemsWithCause(4, Optional.empty()).stream().sorted().toList());
        assertEquals(List.of(ISSUE), store().postmortemsWithCause(4, Optional.of(" search ")));
        assertEquals(List.of(), store().postmortemsWithCause(4, Optional.of("Billing")));
        assertEquals(List.of(ISSUE + 2), store().postmortemsWithCause(5, Optional.empty()));
    }

    @Test
    public void earlierCausesAreThoseOfLowerIssuesWithTheSameCategoryAndComponent_inOneQueryWhateverTheHistory() {
        RootCauseCategory search = new RootCauseCategory(4, Optional.of(new RootCauseCategory.CauseComponent(70, "Search")));
        RootCauseCategory billing = new RootCauseCategory(4, Optional.of(new RootCauseCategory.CauseComponent(71, "Billing")));
        List<Integer> queries = new ArrayList<>();
        for (int history : new int[] {1, 60}) {
            long now = ISSUE + 1_000 * history;
            for (int i = 1; i <= history; i++) {
                store().categorize(store().add(now - i, "same", STEPS, true), Optional.of(search));
                store().categorize(store().add(now - i, "other component", STEPS, true), Optional.of(billing));
                store().categorize(store().add(now - i, "other category", STEPS, true),
                        Optional.of(new RootCauseCategory(5, search.component())));
            }
            store().categorize(store().add(now + 1, "later", STEPS, true), Optional.of(search));
            int before = ao.statementsExecuted();
            List<dev.postmortems.jira.domain.cause.SortedRootCause> earlier = store().earlierCauses(now, List.of(search));
            queries.add(ao.statementsExecuted() - before);
            assertTrue(earlier.size() >= history);
            assertTrue(earlier.stream().allMatch(found -> found.issueId() < now && found.category().sameCauseAs(search)));
            assertEquals("newest first", now - 1, earlier.get(0).issueId());
        }
        assertEquals(List.of(1, 1), queries);
        assertEquals(List.of(), store().earlierCauses(ISSUE, List.of(new RootCauseCategory(4, Optional.empty()))));
    }

    @Test
    public void deletingAChainTakesItsStepsAndLeavesTheOthers() {
        WhyChain gone = store().add(ISSUE, "gone", STEPS, false);
        WhyChain kept = store().add(ISSUE, "kept", STEPS, true);

        store().delete(gone.id());

        assertEquals(List.of(kept), store().chainsOf(ISSUE));
        assertEquals(Optional.empty(), store().find(gone.id()));
        assertEquals(STEPS.size(), ao.activeObjects().count(WhyStepEntity.class,
                net.java.ao.Query.select().where(WhyStepEntity.ISSUE_ID + " = ?", ISSUE)));
    }

    @Test
    public void deletingAPostmortemsWhysTakesAllOfThemAndOnlyThem() {
        store().add(ISSUE, "a", STEPS, false);
        store().add(ISSUE, "b", STEPS, false);
        store().add(ISSUE + 1, "other", STEPS, false);

        assertEquals(2, store().deleteAllOf(ISSUE));

        assertTrue(store().chainsOf(ISSUE).isEmpty());
        assertFalse(store().chainsOf(ISSUE + 1).isEmpty());
    }

    @Test
    public void readingTakesTwoQueriesAt1ChainAnd50ChainsOf10Steps() {
        List<Integer> queries = new ArrayList<>();
        long issue = ISSUE + 100;
        for (int chains : new int[] {1, 50}) {
            issue++;
            List<WhyStep> steps = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                steps.add(new WhyStep("Why " + i + "?", "Because " + i));
            }
            for (int c = 0; c < chains; c++) {
                store().add(issue, "cause " + c, steps, c % 2 == 0);
            }
            int before = ao.statementsExecuted();
            List<WhyChain> read = store().chainsOf(issue);
            queries.add(ao.statementsExecuted() - before);
            assertEquals(chains, read.size());
            assertEquals(10, read.get(read.size() - 1).steps().size());
        }
        assertEquals(List.of(2, 2), queries);
    }
}
