package dev.postmortems.jira.domain.followup;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class FollowUpCalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    public void todayIsTheDayInJirasTimeZoneEitherSideOfUtc() {
        Instant lateEveningInUtc = Instant.parse("2026-11-22T23:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 22), FollowUpCalendar.today(lateEveningInUtc, ZoneId.of("UTC")));
        assertEquals(LocalDate.of(2026, 11, 23), FollowUpCalendar.today(lateEveningInUtc, ZoneId.of("Pacific/Auckland")));
        assertEquals(LocalDate.of(2026, 11, 22), FollowUpCalendar.today(lateEveningInUtc, ZoneId.of("America/Los_Angeles")));
        Instant earlyMorningInUtc = Instant.parse("2026-11-22T02:00:00Z");
        assertEquals(LocalDate.of(2026, 11, 21), FollowUpCalendar.today(earlyMorningInUtc, ZoneId.of("America/Los_Angeles")));
    }

    @Test
    public void givenAnUnresolvedTicketDueBeforeToday_thenItIsOverdue() {
        assertTrue(FollowUpCalendar.isOverdue(Optional.of(TODAY.minusDays(1)), false, TODAY));
        assertTrue(FollowUpCalendar.isOverdue(Optional.of(TODAY.minusYears(3)), false, TODAY));
    }

    @Test
    public void givenDueTodayOrLaterResolvedOrUndated_thenItIsNotOverdue() {
        assertFalse(FollowUpCalendar.isOverdue(Optional.of(TODAY), false, TODAY));
        assertFalse(FollowUpCalendar.isOverdue(Optional.of(TODAY.plusDays(1)), false, TODAY));
        assertFalse(FollowUpCalendar.isOverdue(Optional.of(TODAY.minusDays(1)), true, TODAY));
        assertFalse(FollowUpCalendar.isOverdue(Optional.empty(), false, TODAY));
    }

    @Test
    public void theStoresBoundFindsExactlyTheOverdueDays() {
        LocalDate bound = FollowUpCalendar.firstDayNotOverdue(TODAY);
        for (int offset = -3; offset <= 3; offset++) {
            LocalDate due = TODAY.plusDays(offset);
            assertEquals(due.toString(), FollowUpCalendar.isOverdue(Optional.of(due), false, TODAY), due.isBefore(bound));
        }
    }

    @Test
    public void daysLeftAreNegativeOnceTheDayHasPassed() {
        assertEquals(3, FollowUpCalendar.daysLeft(TODAY.plusDays(3), TODAY));
        assertEquals(0, FollowUpCalendar.daysLeft(TODAY, TODAY));
        assertEquals(-2, FollowUpCalendar.daysLeft(TODAY.minusDays(2), TODAY));
    }

    @Test
    public void aTicketIsDueSoonFromTodayToTheChosenDaysAheadUnlessResolvedOrTheWindowIsOff() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 12, 1);

        org.junit.Assert.assertTrue(FollowUpCalendar.isDueSoon(java.util.Optional.of(today), false, today, 3));
        org.junit.Assert.assertTrue(FollowUpCalendar.isDueSoon(java.util.Optional.of(today.plusDays(3)), false, today, 3));
        org.junit.Assert.assertFalse(FollowUpCalendar.isDueSoon(java.util.Optional.of(today.plusDays(4)), false, today, 3));
        org.junit.Assert.assertFalse("overdue is not due soon", FollowUpCalendar.isDueSoon(java.util.Optional.of(today.minusDays(1)), false, today, 3));
        org.junit.Assert.assertFalse(FollowUpCalendar.isDueSoon(java.util.Optional.of(today), true, today, 3));
        org.junit.Assert.assertFalse(FollowUpCalendar.isDueSoon(java.util.Optional.of(today), false, today, 0));
        org.junit.Assert.assertFalse(FollowUpCalendar.isDueSoon(java.util.Optional.empty(), false, today, 3));
    }
}
