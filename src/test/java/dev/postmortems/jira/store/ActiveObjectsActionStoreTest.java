package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class ActiveObjectsActionStoreTest {
    private static final long POSTMORTEM = 40_000L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsActionStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsActionStore store() {
        return new ActiveObjectsActionStore(ao.activeObjects());
    }

    @Test
    public void aPendingActionIsFoundByItsReferenceAndNotesItsTicketOnce() {
        ActionRecord pending = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.PREVENTATIVE, Optional.of(7L));

        assertEquals(Optional.of(pending), store().findByRequest("req-aaaa-0001"));
        assertEquals(Optional.empty(), pending.ticketId());
        ActionRecord noted = store().recordTicket(pending.id(), 10_501L);
        ActionRecord again = store().recordTicket(pending.id(), 10_501L);

        assertEquals(Optional.of(10_501L), noted.ticketId());
        assertEquals(noted, again);
        assertEquals(ActionKind.PREVENTATIVE, noted.kind());
        assertEquals(Optional.of(7L), noted.chainId());
        assertEquals(List.of(noted), store().actionsOf(POSTMORTEM));
    }

    @Test
    public void actionsOfOnePostmortemComeInTheOrderTheyWereDecided() {
        ActionRecord first = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.CORRECTIVE, Optional.empty());
        ActionRecord second = store().createPending(POSTMORTEM, "req-aaaa-0002", ActionKind.PREVENTATIVE, Optional.empty());
        store().createPending(POSTMORTEM + 1, "req-bbbb-0001", ActionKind.CORRECTIVE, Optional.empty());

        assertEquals(List.of(first, second), store().actionsOf(POSTMORTEM));
    }

    @Test
    public void deletingOneOrAllOfAPostmortemLeavesTheOthers() {
        ActionRecord gone = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.CORRECTIVE, Optional.empty());
        ActionRecord kept = store().createPending(POSTMORTEM, "req-aaaa-0002", ActionKind.CORRECTIVE, Optional.empty());
        store().createPending(POSTMORTEM + 1, "req-bbbb-0001", ActionKind.CORRECTIVE, Optional.empty());

        store().delete(gone.id());
        assertEquals(List.of(kept), store().actionsOf(POSTMORTEM));
        assertEquals(Optional.empty(), store().find(gone.id()));

        assertEquals(1, store().deleteAllOf(POSTMORTEM));
        assertTrue(store().actionsOf(POSTMORTEM).isEmpty());
        assertEquals(1, store().actionsOf(POSTMORTEM + 1).size());
    }

    @Test
    public void readingAPostmortemsActionsTakesOneQueryAt1And100() {
        for (int count : new int[] {1, 100}) {
            long postmortem = POSTMORTEM + 10 + count;
            for (int i = 0; i < count; i++) {
                store().recordTicket(store().createPending(postmortem, "req-" + count + "-" + i + "-xxxx", ActionKind.CORRECTIVE,
                        Optional.empty()).id(), 50_000L + i);
            }
            int before = ao.statementsExecuted();
            assertEquals(count, store().actionsOf(postmortem).size());
            assertEquals(1, ao.statementsExecuted() - before);
        }
    }

    @Test
    public void theMirroredDueDateAndResolutionAnswerTheJqlQueriesInOneStatementEach() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        ActionRecord late = store().createPending(POSTMORTEM, "req-mirror-0001", ActionKind.CORRECTIVE, Optional.empty());
        ActionRecord later = store().createPending(POSTMORTEM, "req-mirror-0002", ActionKind.PREVENTATIVE, Optional.empty());
        ActionRecord done = store().createPending(POSTMORTEM + 1, "req-mirror-0003", ActionKind.CORRECTIVE, Optional.empty());
        store().createPending(POSTMORTEM + 2, "req-mirror-0004", ActionKind.CORRECTIVE, Optional.empty()); // no ticket yet
        store().recordTicket(late.id(), 501L);
        store().recordTicket(later.id(), 502L);
        store().recordTicket(done.id(), 503L);
        store().ticketChanged(501L, Optional.of(today.minusDays(1)), false);
        store().ticketChanged(502L, Optional.of(today), false);
        store().ticketChanged(503L, Optional.of(today.minusDays(9)), true);

        int before = ao.statementsExecuted();
        assertEquals(List.of(501L), store().overdueTickets(today));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(java.util.Set.of(501L, 502L, 503L), java.util.Set.copyOf(store().tickets(Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(List.of(502L), store().tickets(Optional.of(POSTMORTEM), Optional.of(ActionKind.PREVENTATIVE), Optional.empty()));
        assertEquals(List.of(POSTMORTEM), store().postmortemsWithOpenActions());

        store().ticketChanged(501L, Optional.empty(), false);
        store().ticketChanged(503L, Optional.of(today.minusDays(9)), false);
        assertEquals(List.of(503L), store().overdueTickets(today));
        assertEquals(java.util.Set.of(POSTMORTEM, POSTMORTEM + 1), java.util.Set.copyOf(store().postmortemsWithOpenActions()));
    }
}
