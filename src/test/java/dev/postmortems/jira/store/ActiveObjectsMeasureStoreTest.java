package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.MeasureComparison;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** Postmortems' measures and the comparisons the JQL function makes, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ActiveObjectsMeasureStoreTest {
    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    private static final Optional<Long> NOWHERE = Optional.empty();
    private static final Optional<java.time.Instant> NEVER = Optional.empty();

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsMeasureStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Test
    public void measuresAreKeptPerPostmortemAndComparedToTheSecondInOneQuery() {
        ActiveObjectsMeasureStore store = new ActiveObjectsMeasureStore(ao.activeObjects());
        store.record(1L, NOWHERE, NEVER, Map.of(Measure.TIME_TO_DETECT, Duration.ofMinutes(6), Measure.TIME_TO_RESOLVE, Duration.ofMinutes(47)));
        store.record(2L, NOWHERE, NEVER, Map.of(Measure.TIME_TO_RESOLVE, Duration.ofMinutes(60)));
        store.record(3L, NOWHERE, NEVER, Map.of(Measure.TIME_TO_RESOLVE, Duration.ofMinutes(60).plusSeconds(1)));
        store.record(4L, NOWHERE, NEVER, Map.of()); // a timeline without the key moments: no value

        int before = ao.statementsExecuted();
        List<Long> slow = store.postmortemsWhere(Measure.TIME_TO_RESOLVE, MeasureComparison.LONGER, Duration.ofMinutes(60));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(List.of(3L), slow);
        assertEquals(Set.of(2L, 3L), new HashSet<>(store.postmortemsWhere(Measure.TIME_TO_RESOLVE, MeasureComparison.AT_LEAST,
                Duration.ofMinutes(60))));
        assertEquals(List.of(2L), store.postmortemsWhere(Measure.TIME_TO_RESOLVE, MeasureComparison.EXACTLY, Duration.ofMinutes(60)));
        assertEquals(List.of(1L), store.postmortemsWhere(Measure.TIME_TO_DETECT, MeasureComparison.AT_MOST, Duration.ofMinutes(10)));
        assertEquals("missing is never zero", List.of(), store.postmortemsWhere(Measure.TIME_TO_MITIGATE, MeasureComparison.AT_LEAST,
                Duration.ZERO));

        store.record(1L, NOWHERE, NEVER, Map.of(Measure.TIME_TO_MITIGATE, Duration.ofMinutes(31)));
        assertEquals(Optional.of(Map.of(Measure.TIME_TO_MITIGATE, Duration.ofMinutes(31))), store.measuresOf(1L));
        assertEquals(Set.of(1L, 2L, 3L, 4L), store.recorded());
        assertEquals("none has its project yet", Set.of(1L, 2L, 3L, 4L), store.unplaced());
        assertEquals(1, store.deleteAllOf(1L));
        assertEquals(Optional.empty(), store.measuresOf(1L));
    }

    @Test
    public void aProjectsIncidentsAreReadByWhenImpactStartedInOneQuery() {
        ActiveObjectsMeasureStore store = new ActiveObjectsMeasureStore(ao.activeObjects());
        java.time.Instant march = java.time.Instant.parse("2026-03-10T08:00:00Z");
        store.record(1L, Optional.of(10L), Optional.of(march), Map.of(Measure.TIME_TO_RESOLVE, Duration.ofMinutes(47)));
        store.record(2L, Optional.of(10L), Optional.of(march.minus(Duration.ofDays(400))), Map.of());
        store.record(3L, Optional.of(11L), Optional.of(march), Map.of());
        store.record(4L, Optional.of(10L), NEVER, Map.of(Measure.TIME_TO_RESOLVE, Duration.ofMinutes(5)));

        int before = ao.statementsExecuted();
        List<dev.postmortems.jira.domain.insight.MeasuredIncident> found = store.startedSince(10L, march.minus(Duration.ofDays(365)));

        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(List.of(new dev.postmortems.jira.domain.insight.MeasuredIncident(1L, march,
                Map.of(Measure.TIME_TO_RESOLVE, Duration.ofMinutes(47)))), found);
        assertEquals(Set.of(), store.unplaced());
    }
}
