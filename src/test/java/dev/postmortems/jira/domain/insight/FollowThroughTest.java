package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class FollowThroughTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<FollowThrough.Action> actions = new ArrayList<>();

    @Test
    public void anActionIsDoneByItsDueDateWhenResolvedOnTheDueDayOrBefore() {
        Optional<LocalDate> due = Optional.of(LocalDate.of(2026, 11, 10));
        assertTrue(FollowUpCalendar.doneByDue(due, LocalDate.of(2026, 11, 9)));
        assertTrue("the due day itself is not late", FollowUpCalendar.doneByDue(due, LocalDate.of(2026, 11, 10)));
        assertFalse(FollowUpCalendar.doneByDue(due, LocalDate.of(2026, 11, 11)));
        assertFalse("without a due date there is nothing to be on time for", FollowUpCalendar.doneByDue(Optional.empty(), TODAY));
    }

    @Test
    public void actionsCountInTheMonthTheyWereDecidedAndTheMonthTheyWereDoneInTheSitesZone() {
        // 30 November 23:30 UTC is 1 December in Berlin.
        action(1, "OPS", ActionKind.CORRECTIVE, "2026-11-30T23:30:00Z", "2026-12-01T09:00:00Z", "2026-12-01", ActionState.DONE);
        action(2, "OPS", ActionKind.CORRECTIVE, "2026-10-05T10:00:00Z", "2026-11-20T10:00:00Z", "2026-11-15", ActionState.DONE);
        action(3, "OPS", ActionKind.PREVENTATIVE, "2026-10-06T10:00:00Z", "2026-11-02T10:00:00Z", null, ActionState.DONE);
        action(4, "OPS", ActionKind.PREVENTATIVE, "2025-12-01T10:00:00Z", "2026-11-03T10:00:00Z", "2026-11-03", ActionState.DONE);

        FollowThrough followThrough = FollowThrough.of(actions, TODAY, 12, BERLIN);

        List<FollowThrough.Month> months = followThrough.months();
        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2026, 1), months.get(0).month());
        FollowThrough.Month december = months.get(11);
        assertEquals(List.of(1L), december.decided());
        assertEquals(List.of(1L), december.done());
        assertEquals(List.of(1L), december.doneByDue());
        FollowThrough.Month november = months.get(10);
        assertEquals(List.of(), november.decided());
        assertEquals(List.of(2L, 3L, 4L), november.done());
        assertEquals("one without a due date has nothing to be on time for", List.of(2L, 4L), november.doneWithDue());
        assertEquals("done five days late", List.of(4L), november.doneByDue());
        assertEquals(List.of(2L, 3L), months.get(9).decided());
        assertTrue("decided before the twelve months: counted nowhere by month",
                months.stream().noneMatch(month -> month.decided().contains(4L)));
    }

    @Test
    public void openActionsByAge_overdueOnesByTheirTicketsProject_andEachKind() {
        action(1, "OPS", ActionKind.CORRECTIVE, "2026-11-20T10:00:00Z", null, "2026-12-20", ActionState.OPEN);
        action(2, "OPS", ActionKind.CORRECTIVE, "2026-10-01T10:00:00Z", null, "2026-11-01", ActionState.OVERDUE);
        action(3, "PAY", ActionKind.PREVENTATIVE, "2026-06-01T10:00:00Z", null, "2026-07-01", ActionState.OVERDUE);
        action(4, "PAY", ActionKind.PREVENTATIVE, "2025-06-01T10:00:00Z", null, "2025-07-01", ActionState.OVERDUE);
        action(5, "WEB", ActionKind.CORRECTIVE, "2026-09-10T10:00:00Z", null, "2026-11-30", ActionState.OVERDUE);
        actions.add(new FollowThrough.Action(6, "OPS", ActionKind.CORRECTIVE, Optional.empty(), Optional.empty(), Optional.empty(),
                ActionState.OPEN));
        action(7, "OPS", ActionKind.CORRECTIVE, "2026-11-01T10:00:00Z", null, null, ActionState.RESTRICTED);
        action(8, "OPS", ActionKind.CORRECTIVE, "2026-11-01T10:00:00Z", null, null, ActionState.GONE);

        FollowThrough followThrough = FollowThrough.of(actions, TODAY, 12, BERLIN);

        assertEquals(List.of(1L), followThrough.openAged(FollowThrough.Age.UNDER_30_DAYS));
        assertEquals(List.of(2L, 5L), followThrough.openAged(FollowThrough.Age.UNDER_90_DAYS));
        assertEquals(List.of(), followThrough.openAged(FollowThrough.Age.UNDER_180_DAYS));
        assertEquals("an action not yet placed has no age", List.of(3L, 4L), followThrough.openAged(FollowThrough.Age.FROM_180_DAYS));
        assertEquals(List.of("PAY", "OPS", "WEB"), followThrough.overdueByProject().stream().map(FollowThrough.ProjectOverdue::projectKey).toList());
        assertEquals(List.of(3L, 4L), followThrough.overdueByProject().get(0).overdue());
        FollowThrough.Kind corrective = followThrough.kinds().get(0);
        assertEquals(ActionKind.CORRECTIVE, corrective.kind());
        assertEquals("a restricted or gone action counts nowhere", List.of(1L, 2L, 5L), corrective.decided());
        assertEquals(List.of(1L, 2L, 5L, 6L), corrective.open());
        assertEquals(List.of(2L, 5L), corrective.overdue());
        FollowThrough.Kind preventative = followThrough.kinds().get(1);
        assertEquals("decided more than twelve months ago", List.of(3L), preventative.decided());
        assertEquals(List.of(3L, 4L), preventative.overdue());
    }

    @Test
    public void theAgeBandsStartAt30_90And180Days() {
        action(1, "OPS", ActionKind.CORRECTIVE, "2026-11-03T12:00:00Z", null, null, ActionState.OPEN); // 29 days
        action(2, "OPS", ActionKind.CORRECTIVE, "2026-11-02T12:00:00Z", null, null, ActionState.OPEN); // 30 days
        action(3, "OPS", ActionKind.CORRECTIVE, "2026-09-03T12:00:00Z", null, null, ActionState.OPEN); // 90 days
        action(4, "OPS", ActionKind.CORRECTIVE, "2026-06-05T12:00:00Z", null, null, ActionState.OPEN); // 180 days

        FollowThrough followThrough = FollowThrough.of(actions, TODAY, 12, BERLIN);

        assertEquals(List.of(1L), followThrough.openAged(FollowThrough.Age.UNDER_30_DAYS));
        assertEquals(List.of(2L), followThrough.openAged(FollowThrough.Age.UNDER_90_DAYS));
        assertEquals(List.of(3L), followThrough.openAged(FollowThrough.Age.UNDER_180_DAYS));
        assertEquals(List.of(4L), followThrough.openAged(FollowThrough.Age.FROM_180_DAYS));
        assertEquals("under-90-days", FollowThrough.Age.UNDER_90_DAYS.key());
    }

    private void action(long ticketId, String project, ActionKind kind, String decided, String done, String due, ActionState state) {
        actions.add(new FollowThrough.Action(ticketId, project, kind, Optional.of(Instant.parse(decided)),
                Optional.ofNullable(done).map(Instant::parse), Optional.ofNullable(due).map(LocalDate::parse), state));
    }
}
