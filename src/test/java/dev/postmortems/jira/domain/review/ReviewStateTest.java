package dev.postmortems.jira.domain.review;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class ReviewStateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    public void withoutATicketNoReviewIsScheduledWhateverElseIsSaid() {
        assertEquals(ReviewState.NOT_SCHEDULED, ReviewState.of(false, true, Optional.of(TODAY.minusDays(3)), TODAY));
    }

    @Test
    public void aResolvedReviewIsDoneEvenPastItsDueDay() {
        assertEquals(ReviewState.DONE, ReviewState.of(true, true, Optional.of(TODAY.minusDays(3)), TODAY));
    }

    @Test
    public void anOpenReviewIsOverdueFromTheDayAfterItsDueDay() {
        assertEquals(ReviewState.SCHEDULED, ReviewState.of(true, false, Optional.of(TODAY), TODAY));
        assertEquals(ReviewState.OVERDUE, ReviewState.of(true, false, Optional.of(TODAY.minusDays(1)), TODAY));
        assertEquals(ReviewState.SCHEDULED, ReviewState.of(true, false, Optional.empty(), TODAY));
    }
}
