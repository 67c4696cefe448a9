package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.List;

import static org.junit.Assert.assertEquals;

/** The site's cause categories, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ActiveObjectsCauseCategoryStoreTest {
    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsCauseCategoryStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Test
    public void categoriesAreAddedAtTheEndRenamedReorderedAndDeleted_theListReadInOneQuery() {
        ActiveObjectsCauseCategoryStore store = new ActiveObjectsCauseCategoryStore(ao.activeObjects());
        store.addAll(CauseCatalogue.SEEDED);
        CauseCategory last = store.add("Hardware \u2014 <b>\"racks\"</b>");
        int before = ao.statementsExecuted();
        CauseCatalogue catalogue = new CauseCatalogue(store.all());
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(9, catalogue.categories().size());
        assertEquals(last, catalogue.categories().get(8));

        long change = catalogue.named("change").orElseThrow().id();
        store.delete(catalogue.named("unknown").orElseThrow().id());
        store.rename(change, "Change");
        CauseCategory added = store.add("vendor");
        assertEquals("after the last, whatever was deleted", 9, added.position());

        List<Long> reversed = new CauseCatalogue(store.all()).categories().stream().map(CauseCategory::id)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        store.reorder(reversed);

        List<CauseCategory> now = new CauseCatalogue(store.all()).categories();
        assertEquals(reversed, now.stream().map(CauseCategory::id).toList());
        assertEquals("Change", now.stream().filter(category -> category.id() == change).findFirst().orElseThrow().name());
        assertEquals(9, now.size());
    }
}
