package dev.postmortems.jira.domain.action;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class ActionStateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ActionRecord CREATED = action(Optional.of(100L));

    @Test
    public void anActionWithoutItsTicketYetIsPendingWhateverElseIsSaid() {
        assertEquals(ActionState.PENDING, ActionState.of(action(Optional.empty()), true, true, true, Optional.empty(), TODAY));
    }

    @Test
    public void aTicketDeletedOrUnlinkedIsGoneEvenWhenTheReaderCouldNotSeeIt() {
        assertEquals(ActionState.GONE, ActionState.of(CREATED, false, false, false, Optional.empty(), TODAY));
        assertEquals(ActionState.GONE, ActionState.of(CREATED, false, true, true, Optional.empty(), TODAY));
    }

    @Test
    public void aTicketTheReaderMayNotBrowseSaysNothingMore() {
        assertEquals(ActionState.RESTRICTED, ActionState.of(CREATED, true, false, false, Optional.of(TODAY.minusDays(9)), TODAY));
    }

    @Test
    public void doneOverdueAndOpenFollowTheResolutionAndTheDueDay() {
        assertEquals(ActionState.DONE, ActionState.of(CREATED, true, true, true, Optional.of(TODAY.minusDays(9)), TODAY));
        assertEquals(ActionState.OVERDUE, ActionState.of(CREATED, true, true, false, Optional.of(TODAY.minusDays(1)), TODAY));
        assertEquals(ActionState.OPEN, ActionState.of(CREATED, true, true, false, Optional.of(TODAY), TODAY));
        assertEquals(ActionState.OPEN, ActionState.of(CREATED, true, true, false, Optional.empty(), TODAY));
    }

    @Test
    public void theKeyIsTheLowerCaseName() {
        assertEquals("overdue", ActionState.OVERDUE.key());
    }

    private static ActionRecord action(Optional<Long> ticketId) {
        return new ActionRecord(1L, 1L, "req-1", ticketId, ActionKind.CORRECTIVE, Optional.empty());
    }
}
