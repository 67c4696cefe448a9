package dev.postmortems.jira.store;

import dev.postmortems.jira.store.testing.IssueStates;
import dev.postmortems.jira.service.review.ReviewRecord;
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

@RunWith(Parameterized.class)
public class ActiveObjectsReviewStoreTest {
    private static final long POSTMORTEM = 50_000L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsReviewStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsReviewStore store() {
        return new ActiveObjectsReviewStore(ao.activeObjects());
    }

    @Test
    public void aPendingReviewIsFoundByItsReferenceAndNotesItsTicketOnce() {
        ReviewRecord pending = store().createPending(POSTMORTEM, "req-review-0001");

        assertEquals(Optional.of(pending), store().findByRequest("req-review-0001"));
        assertEquals(Optional.empty(), pending.ticketId());
        ReviewRecord noted = store().recordTicket(pending.id(), 10_901L);

        assertEquals(Optional.of(10_901L), noted.ticketId());
        assertEquals(noted, store().recordTicket(pending.id(), 10_901L));
        assertEquals(List.of(noted), store().reviewsOf(POSTMORTEM));
    }

    @Test
    public void reviewsOfAPostmortemComeOldestFirstAndDeletingThemLeavesOthers() {
        ReviewRecord first = store().createPending(POSTMORTEM, "req-review-0001");
        ReviewRecord second = store().createPending(POSTMORTEM, "req-review-0002");
        ReviewRecord other = store().createPending(POSTMORTEM + 1, "req-review-0003");

        assertEquals(List.of(first, second), store().reviewsOf(POSTMORTEM));
        store().delete(first.id());
        assertEquals(List.of(second), store().reviewsOf(POSTMORTEM));
        assertEquals(1, store().deleteAllOf(POSTMORTEM));
        assertEquals(List.of(), store().reviewsOf(POSTMORTEM));
        assertEquals(List.of(other), store().reviewsOf(POSTMORTEM + 1));
    }

    @Test
    public void readingTheReviewsOfAPostmortemIsOneQuery() {
        for (int i = 0; i < 20; i++) {
            store().createPending(POSTMORTEM, "req-review-" + (1000 + i));
        }
        int before = ao.statementsExecuted();

        assertEquals(20, store().reviewsOf(POSTMORTEM).size());

        assertEquals(1, ao.statementsExecuted() - before);
    }

    @Test
    public void overdueReviewsAreTheUnresolvedOnesDueBeforeToday() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        store().recordTicket(store().createPending(POSTMORTEM, "req-mirror-0001").id(), 701L);
        store().recordTicket(store().createPending(POSTMORTEM + 1, "req-mirror-0002").id(), 702L);
        store().ticketChanged(701L, IssueStates.dated(Optional.of(today.minusDays(1)), false));
        store().ticketChanged(702L, IssueStates.dated(Optional.of(today.minusDays(1)), true));
        store().ticketChanged(999L, IssueStates.dated(Optional.of(today.minusDays(1)), false)); // not a review: nothing to change

        assertEquals(List.of(701L), store().overdueTickets(today));
        assertEquals(List.of(), store().overdueTickets(today.minusDays(1)));
    }

    @Test
    public void aReminderCountsForOneDueDateOnly() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        store().recordTicket(store().createPending(POSTMORTEM, "req-remind-0001").id(), 801L);
        store().recordTicket(store().createPending(POSTMORTEM + 1, "req-remind-0002").id(), 802L);
        store().ticketChanged(801L, IssueStates.dated(Optional.of(today.minusDays(2)), false));
        store().ticketChanged(802L, IssueStates.dated(Optional.of(today.minusDays(1)), false));
        assertEquals(List.of(801L), store().overdueWithoutReminder(today, 1));

        store().markReminded(801L, today.minusDays(2));

        assertEquals(Optional.of(today.minusDays(2)), store().remindedFor(801L));
        assertEquals(List.of(802L), store().overdueWithoutReminder(today, 10));
        store().ticketChanged(801L, IssueStates.dated(Optional.of(today.minusDays(1)), false)); // a new due date, passed too
        assertEquals(List.of(801L, 802L), store().overdueWithoutReminder(today, 10));
        assertEquals(Optional.empty(), store().remindedFor(802L));
    }

    @Test
    public void theReconciliationWalksTheTicketsInStretches() {
        for (long ticket : new long[] {905L, 901L, 903L}) {
            store().recordTicket(store().createPending(POSTMORTEM, "req-walk-" + ticket + "0000").id(), ticket);
        }
        store().createPending(POSTMORTEM, "req-walk-pending-1"); // no ticket yet: nothing to compare

        assertEquals(List.of(901L, 903L), store().ticketsAfter(0L, 2));
        assertEquals(List.of(905L), store().ticketsAfter(903L, 2));
        assertEquals(List.of(), store().ticketsAfter(905L, 2));
    }
}
