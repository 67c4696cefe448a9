package dev.postmortems.jira.store;

import dev.postmortems.jira.service.team.StartRequest;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

@RunWith(Parameterized.class)
public class ActiveObjectsStartStoreTest {
    private static final long INCIDENT = 30_000L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsStartStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsStartStore store() {
        return new ActiveObjectsStartStore(ao.activeObjects());
    }

    @Test
    public void aPendingRequestIsFoundByItsReferenceAndThenNotesItsPostmortem() {
        store().createPending("req-start-0001", INCIDENT, java.time.LocalDate.of(2026, 12, 4));
        store().createPending("req-start-0002", INCIDENT + 1, java.time.LocalDate.of(2026, 12, 4));

        assertEquals(Optional.of(new StartRequest("req-start-0001", INCIDENT, Optional.empty())),
                store().findByRequest("req-start-0001"));
        store().recordPostmortem("req-start-0001", 10_777L);

        assertEquals(Optional.of(new StartRequest("req-start-0001", INCIDENT, Optional.of(10_777L))),
                store().findByRequest("req-start-0001"));
        assertEquals(Optional.of(new StartRequest("req-start-0002", INCIDENT + 1, Optional.empty())),
                store().findByRequest("req-start-0002"));
        // A pending request has started nothing yet.
        assertEquals(java.util.Set.of(INCIDENT), store().startedAmong(java.util.List.of(INCIDENT, INCIDENT + 1, INCIDENT + 2)));
        assertEquals(java.util.Set.of(), store().startedAmong(java.util.List.of()));
    }

    @Test
    public void anUnknownReferenceFindsNothingAndDeletingForgetsOnlyThatRequest() {
        store().createPending("req-start-0001", INCIDENT, java.time.LocalDate.of(2026, 12, 4));
        store().createPending("req-start-0002", INCIDENT, java.time.LocalDate.of(2026, 12, 4));

        store().delete("req-start-0001");

        assertEquals(Optional.empty(), store().findByRequest("req-start-0001"));
        assertEquals(Optional.empty(), store().findByRequest("req-unknown-01"));
        assertEquals(INCIDENT, store().findByRequest("req-start-0002").orElseThrow().incidentId());
    }
}
