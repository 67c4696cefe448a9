package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** A postmortem's meeting, one row changed in place, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ActiveObjectsMeetingStoreTest {
    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsMeetingStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Test
    public void aMeetingIsReadInOneQueryAndChangedInPlace() {
        ActiveObjectsMeetingStore store = new ActiveObjectsMeetingStore(ao.activeObjects());
        Meeting first = new Meeting(Instant.parse("2026-12-04T13:30:00Z"), 60, "", ZoneId.of("Europe/Berlin"), "erin", 0, "uid-1@postmortems.dev");
        store.save(10_001L, first);
        int before = ao.statementsExecuted();
        assertEquals(Optional.of(first), store.meetingOf(10_001L));
        assertEquals(1, ao.statementsExecuted() - before);

        String place = "Raum \u00c4 \u2014 \ud83d\udcde https://meet.example/pm?a=1;b=2, \"quoted\"\nsecond line".repeat(5);
        Meeting moved = new Meeting(Instant.parse("2026-12-05T08:00:00Z"), 90, place, ZoneId.of("America/New_York"), "olivia", 1,
                "uid-1@postmortems.dev");
        store.save(10_001L, moved);
        assertEquals(Optional.of(moved), store.meetingOf(10_001L));
        assertEquals(Optional.empty(), store.meetingOf(10_002L));

        assertEquals(1, store.deleteAllOf(10_001L));
        assertEquals(Optional.empty(), store.meetingOf(10_001L));
    }
}
