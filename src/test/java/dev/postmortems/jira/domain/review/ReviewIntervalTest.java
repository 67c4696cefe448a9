package dev.postmortems.jira.domain.review;

import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class ReviewIntervalTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    public void eachIntervalCountsCalendarWeeksOrMonths() {
        assertEquals(LocalDate.of(2026, 11, 29), ReviewInterval.ONE_WEEK.dueFrom(TODAY));
        assertEquals(LocalDate.of(2026, 12, 6), ReviewInterval.TWO_WEEKS.dueFrom(TODAY));
        assertEquals(LocalDate.of(2026, 12, 22), ReviewInterval.ONE_MONTH.dueFrom(TODAY));
        assertEquals(LocalDate.of(2027, 1, 22), ReviewInterval.TWO_MONTHS.dueFrom(TODAY));
        assertEquals(LocalDate.of(2027, 2, 22), ReviewInterval.THREE_MONTHS.dueFrom(TODAY));
        assertEquals(ReviewInterval.TWO_WEEKS, ReviewInterval.DEFAULT);
    }

    @Test
    public void aDayTheTargetMonthLacksBecomesItsLastDay() {
        assertEquals(LocalDate.of(2027, 2, 28), ReviewInterval.ONE_MONTH.dueFrom(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), ReviewInterval.ONE_MONTH.dueFrom(LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), ReviewInterval.THREE_MONTHS.dueFrom(LocalDate.of(2027, 11, 30)));
        assertEquals(LocalDate.of(2027, 4, 28), ReviewInterval.TWO_MONTHS.dueFrom(LocalDate.of(2027, 2, 28))); // the same day, not the month end
        assertEquals(LocalDate.of(2027, 3, 1), ReviewInterval.ONE_WEEK.dueFrom(LocalDate.of(2027, 2, 22)));
        assertEquals(LocalDate.of(2028, 3, 7), ReviewInterval.ONE_WEEK.dueFrom(LocalDate.of(2028, 2, 29)));
    }

    @Test
    public void aDaylightSavingChangeInsideTheIntervalDoesNotMoveTheDay() {
        // Europe/Berlin leaves summer time on 25 October 2026; Sydney starts it on 4 October 2026.
        assertEquals(LocalDate.of(2026, 11, 1), ReviewInterval.ONE_WEEK.dueFrom(
                FollowUpCalendar.today(Instant.parse("2026-10-24T22:30:00Z"), ZoneId.of("Europe/Berlin"))));
        assertEquals(LocalDate.of(2026, 10, 17), ReviewInterval.TWO_WEEKS.dueFrom(
                FollowUpCalendar.today(Instant.parse("2026-10-02T14:00:00Z"), ZoneId.of("Australia/Sydney"))));
    }

    @Test
    public void givenTodayInJirasZoneAheadOfUtc_thenTheReviewIsDueFromThatDay() {
        Instant lateEveningInUtc = Instant.parse("2026-11-22T23:30:00Z");
        assertEquals(LocalDate.of(2026, 12, 7), ReviewInterval.TWO_WEEKS.dueFrom(
                FollowUpCalendar.today(lateEveningInUtc, ZoneId.of("Pacific/Auckland"))));
    }

    @Test
    public void codesNameTheIntervals() {
        assertEquals(Optional.of(ReviewInterval.TWO_MONTHS), ReviewInterval.fromCode("2m"));
        assertEquals(Optional.empty(), ReviewInterval.fromCode("6m"));
        assertEquals(Optional.empty(), ReviewInterval.fromCode("2W"));
    }

    @Test
    public void aDateWinsOverTheIntervalAndBadInputIsNamed() {
        assertEquals(LocalDate.of(2026, 12, 24), new ReviewInput(null, "3m", "2026-12-24", "olivia").due(TODAY));
        assertEquals(LocalDate.of(2026, 12, 6), new ReviewInput(null, "", "", "olivia").due(TODAY));
        assertEquals(LocalDate.of(2026, 12, 22), new ReviewInput(null, "1m", null, "olivia").due(TODAY));
        assertEquals(List.of(), new ReviewInput("req-review-01", "1m", "", "olivia").problems(TODAY));
        assertEquals(List.of(ReviewProblem.OWNER_MISSING, ReviewProblem.INTERVAL_UNKNOWN),
                new ReviewInput(null, "6m", null, " ").problems(TODAY));
        assertEquals(List.of(ReviewProblem.DATE_UNREADABLE), new ReviewInput(null, null, "24/12/2026", "o").problems(TODAY));
        assertEquals(List.of(ReviewProblem.DATE_NOT_IN_FUTURE), new ReviewInput(null, null, "2026-11-22", "o").problems(TODAY));
        assertEquals(List.of(ReviewProblem.DATE_TOO_FAR), new ReviewInput(null, null, "2028-11-23", "o").problems(TODAY));
        assertEquals(List.of(), new ReviewInput(null, null, "2028-11-22", "o").problems(TODAY));
        assertEquals(List.of(ReviewProblem.REQUEST_ID_INVALID), new ReviewInput("x", null, null, "o").problems(TODAY));
    }
}
