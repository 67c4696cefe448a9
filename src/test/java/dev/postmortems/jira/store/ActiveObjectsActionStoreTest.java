package dev.postmortems.jira.store;

import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.store.testing.IssueStates;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
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

    /** Actions decided in project 10100 on 1 March 2026. */
    static final ActionStore.Placement PLACED = new ActionStore.Placement(Optional.of(10_100L), Instant.parse("2026-03-01T10:00:00Z"));

    private ActiveObjectsActionStore store() {
        return new ActiveObjectsActionStore(ao.activeObjects());
    }

    @Test
    public void aPendingActionIsFoundByItsReferenceAndNotesItsTicketOnce() {
        ActionRecord pending = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.PREVENTATIVE, Optional.of(7L), PLACED);

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
        ActionRecord first = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        ActionRecord second = store().createPending(POSTMORTEM, "req-aaaa-0002", ActionKind.PREVENTATIVE, Optional.empty(), PLACED);
        store().createPending(POSTMORTEM + 1, "req-bbbb-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);

        assertEquals(List.of(first, second), store().actionsOf(POSTMORTEM));
    }

    @Test
    public void deletingOneOrAllOfAPostmortemLeavesTheOthers() {
        ActionRecord gone = store().createPending(POSTMORTEM, "req-aaaa-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        ActionRecord kept = store().createPending(POSTMORTEM, "req-aaaa-0002", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        store().createPending(POSTMORTEM + 1, "req-bbbb-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);

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
                        Optional.empty(), PLACED).id(), 50_000L + i);
            }
            int before = ao.statementsExecuted();
            assertEquals(count, store().actionsOf(postmortem).size());
            assertEquals(1, ao.statementsExecuted() - before);
        }
    }

    @Test
    public void theMirroredDueDateAndResolutionAnswerTheJqlQueriesInOneStatementEach() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        ActionRecord late = store().createPending(POSTMORTEM, "req-mirror-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        ActionRecord later = store().createPending(POSTMORTEM, "req-mirror-0002", ActionKind.PREVENTATIVE, Optional.empty(), PLACED);
        ActionRecord done = store().createPending(POSTMORTEM + 1, "req-mirror-0003", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        store().createPending(POSTMORTEM + 2, "req-mirror-0004", ActionKind.CORRECTIVE, Optional.empty(), PLACED); // no ticket yet
        store().recordTicket(late.id(), 501L);
        store().recordTicket(later.id(), 502L);
        store().recordTicket(done.id(), 503L);
        store().ticketChanged(501L, IssueStates.dated(Optional.of(today.minusDays(1)), false));
        store().ticketChanged(502L, IssueStates.dated(Optional.of(today), false));
        store().ticketChanged(503L, IssueStates.dated(Optional.of(today.minusDays(9)), true));

        int before = ao.statementsExecuted();
        assertEquals(List.of(501L), store().overdueTickets(today));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(java.util.Set.of(501L, 502L, 503L), java.util.Set.copyOf(store().tickets(Optional.empty(), Optional.empty(), Optional.empty())));
        assertEquals(List.of(502L), store().tickets(Optional.of(POSTMORTEM), Optional.of(ActionKind.PREVENTATIVE), Optional.empty()));
        assertEquals(List.of(POSTMORTEM), store().postmortemsWithOpenActions());

        store().ticketChanged(501L, IssueStates.dated(Optional.empty(), false));
        store().ticketChanged(503L, IssueStates.dated(Optional.of(today.minusDays(9)), false));
        assertEquals(List.of(503L), store().overdueTickets(today));
        assertEquals(java.util.Set.of(POSTMORTEM, POSTMORTEM + 1), java.util.Set.copyOf(store().postmortemsWithOpenActions()));
    }

    @Test
    public void theFollowThroughReadsAProjectsOpenActionsAndThoseDecidedOrDoneSinceInOneStatement() {
        Instant march = PLACED.decidedAt();
        ActionRecord open = store().createPending(POSTMORTEM, "req-follow-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        ActionRecord doneLately = store().createPending(POSTMORTEM, "req-follow-0002", ActionKind.PREVENTATIVE, Optional.empty(), PLACED);
        ActionRecord doneLongAgo = store().createPending(POSTMORTEM, "req-follow-0003", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        ActionRecord elsewhere = store().createPending(POSTMORTEM + 1, "req-follow-0004", ActionKind.CORRECTIVE, Optional.empty(),
                new ActionStore.Placement(Optional.of(10_200L), march));
        store().createPending(POSTMORTEM, "req-follow-0005", ActionKind.CORRECTIVE, Optional.empty(), PLACED); // no ticket yet
        store().recordTicket(open.id(), 601L);
        store().recordTicket(doneLately.id(), 602L);
        store().recordTicket(doneLongAgo.id(), 603L);
        store().recordTicket(elsewhere.id(), 604L);
        Instant october = Instant.parse("2026-10-07T08:00:00Z");
        store().ticketChanged(602L, new IssueState(Optional.empty(), true, Optional.of(october), Optional.empty(), Optional.empty(), false));
        store().ticketChanged(603L, new IssueState(Optional.empty(), true, Optional.of(Instant.parse("2026-04-01T08:00:00Z")),
                Optional.empty(), Optional.empty(), false));

        int before = ao.statementsExecuted();
        List<ActionStore.FollowedAction> sinceJune = store().followedIn(10_100L, Instant.parse("2026-06-01T00:00:00Z"));
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(List.of(
                new ActionStore.FollowedAction(POSTMORTEM, 601L, ActionKind.CORRECTIVE, Optional.of(march), Optional.empty()),
                new ActionStore.FollowedAction(POSTMORTEM, 602L, ActionKind.PREVENTATIVE, Optional.of(march), Optional.of(october))),
                sinceJune.stream().sorted(java.util.Comparator.comparingLong(ActionStore.FollowedAction::ticketId)).toList());
        assertEquals(3, store().followedIn(10_100L, Instant.parse("2026-01-01T00:00:00Z")).size());

        store().ticketChanged(602L, IssueStates.dated(Optional.empty(), false)); // reopened: no longer done
        assertEquals(Optional.empty(), store().followedIn(10_100L, march).stream()
                .filter(action -> action.ticketId() == 602L).findFirst().orElseThrow().doneAt());
    }

    @Test
    public void aPostmortemMovedToAnotherProjectTakesItsActionsWithIt() {
        ActionRecord action = store().createPending(POSTMORTEM, "req-move-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);
        store().recordTicket(action.id(), 701L);

        store().ticketChanged(POSTMORTEM, new IssueState(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(10_300L), true));

        assertEquals(List.of(), store().followedIn(10_100L, PLACED.decidedAt()));
        assertEquals(List.of(701L), store().followedIn(10_300L, PLACED.decidedAt()).stream().map(ActionStore.FollowedAction::ticketId).toList());
    }

    @Test
    public void anActionRecordedBeforeItsProjectAndDatesWereKeptIsUnplacedUntilMirroredAgain() {
        ao.activeObjects().executeInTransaction(() -> ao.activeObjects().create(ActionEntity.class,
                new net.java.ao.DBParam(ActionEntity.ISSUE_ID, POSTMORTEM), new net.java.ao.DBParam(ActionEntity.KIND, "corrective"),
                new net.java.ao.DBParam(ActionEntity.TICKET_ID, 801L)));
        store().createPending(POSTMORTEM + 1, "req-placed-0001", ActionKind.CORRECTIVE, Optional.empty(), PLACED);

        assertEquals(new ActionStore.Unplaced(java.util.Set.of(801L), java.util.Set.of(POSTMORTEM)), store().unplaced());

        Instant created = Instant.parse("2025-11-02T09:00:00Z");
        store().ticketChanged(801L, new IssueState(Optional.empty(), false, Optional.empty(), Optional.of(created), Optional.of(10_400L), false));
        store().ticketChanged(POSTMORTEM, new IssueState(Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(10_100L), true));

        assertEquals(new ActionStore.Unplaced(java.util.Set.of(), java.util.Set.of()), store().unplaced());
        assertEquals("an older action counts from its ticket's creation", List.of(Optional.of(created)),
                store().followedIn(10_100L, created).stream().map(ActionStore.FollowedAction::decidedAt).toList());
    }
}
