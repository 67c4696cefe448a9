package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.Waiver;
import dev.postmortems.jira.service.team.IncidentRecord;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import static org.junit.Assert.assertEquals;

/** Incidents the policy asks a postmortem for, and waivers, as the JQL functions read them, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ActiveObjectsIncidentStoreTest {
    private static final long OPS = 10_000L;
    private static final long WEB = 10_001L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsIncidentStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Test
    public void keepsOneRecordPerIncidentWithItsWaiverWhateverItsLength() {
        ActiveObjectsIncidentStore store = new ActiveObjectsIncidentStore(ao.activeObjects());
        String reason = "Kunde \u00fcbernimmt \u2014 \ud83d\udcdd \"<b>\" ".repeat(80).strip();
        IncidentRecord needed = new IncidentRecord(1L, OPS, true, false, Optional.empty());
        store.save(needed);
        assertEquals(Optional.of(needed), store.find(1L));

        IncidentRecord waived = new IncidentRecord(1L, OPS, true, false, Optional.of(new Waiver(reason, "erin", Instant.ofEpochMilli(5_000))));
        store.save(waived);
        assertEquals(Optional.of(waived), store.find(1L));
        assertEquals(IncidentStanding.WAIVED, store.find(1L).orElseThrow().standing());

        IncidentRecord withdrawn = new IncidentRecord(1L, OPS, true, false, Optional.empty());
        store.save(withdrawn);
        assertEquals(Optional.of(withdrawn), store.find(1L));
        assertEquals(List.of(1L), store.incidents(IncidentStanding.NEEDED, Optional.empty()));

        assertEquals(1, store.deleteAllOf(1L));
        assertEquals(Optional.empty(), store.find(1L));
        assertEquals(Optional.empty(), store.find(2L));
    }

    @Test
    public void findsIncidentsByStandingInOneQueryOfAllProjectsOrOne() {
        ActiveObjectsIncidentStore store = new ActiveObjectsIncidentStore(ao.activeObjects());
        Waiver waiver = new Waiver("Duplicate of OPS-1", "erin", Instant.ofEpochMilli(1_000));
        store.save(new IncidentRecord(1L, OPS, true, false, Optional.empty()));
        store.save(new IncidentRecord(2L, OPS, true, true, Optional.empty()));
        store.save(new IncidentRecord(3L, OPS, true, false, Optional.of(waiver)));
        store.save(new IncidentRecord(4L, WEB, true, false, Optional.empty()));
        store.save(new IncidentRecord(5L, WEB, false, false, Optional.empty()));
        store.save(new IncidentRecord(6L, WEB, false, false, Optional.of(waiver)));

        int before = ao.statementsExecuted();
        Set<Long> needed = new HashSet<>(store.incidents(IncidentStanding.NEEDED, Optional.empty()));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(Set.of(1L, 4L), needed);
        assertEquals(List.of(4L), store.incidents(IncidentStanding.NEEDED, Optional.of(WEB)));
        assertEquals(Set.of(3L, 6L), new HashSet<>(store.incidents(IncidentStanding.WAIVED, Optional.empty())));
        assertEquals(List.of(3L), store.incidents(IncidentStanding.WAIVED, Optional.of(OPS)));
        assertEquals(List.of(2L), store.incidents(IncidentStanding.STARTED, Optional.empty()));
        assertEquals(List.of(), store.incidents(IncidentStanding.NEEDED, Optional.of(99L)));

        before = ao.statementsExecuted();
        java.util.Map<Long, IncidentRecord> some = store.findAll(List.of(1L, 3L, 42L));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(Set.of(1L, 3L), some.keySet());
        assertEquals(Optional.of(waiver), some.get(3L).waiver());
        assertEquals(java.util.Map.of(), store.findAll(List.of()));
    }
}
