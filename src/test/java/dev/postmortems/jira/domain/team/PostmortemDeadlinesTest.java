package dev.postmortems.jira.domain.team;

import org.junit.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PostmortemDeadlinesTest {
    /** Tuesday 1 December 2026. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Test
    public void workingDaysSkipWeekends() {
        assertEquals(LocalDate.of(2026, 12, 4), PostmortemDeadlines.addWorkingDays(TUESDAY, 3)); // Friday
        assertEquals(LocalDate.of(2026, 12, 8), PostmortemDeadlines.addWorkingDays(TUESDAY, 5)); // next Tuesday
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        assertEquals("counted from the next working day", LocalDate.of(2026, 12, 7), PostmortemDeadlines.addWorkingDays(saturday, 1));
    }

    @Test
    public void theIncidentsPriorityChoosesTheDeadlineByJirasPriorityNames() {
        PostmortemDeadlines defaults = PostmortemDeadlines.DEFAULTS;
        assertEquals(3, defaults.workingDaysFor(Optional.of("Highest")));
        assertEquals(5, defaults.workingDaysFor(Optional.of("high")));
        assertEquals(10, defaults.workingDaysFor(Optional.of("Medium")));
        assertEquals(10, defaults.workingDaysFor(Optional.empty()));
    }

    @Test
    public void dueFromTheResolutionOrFromTodayWhileOpen() {
        PostmortemDeadlines defaults = PostmortemDeadlines.DEFAULTS;
        LocalDate resolved = LocalDate.of(2026, 11, 27); // a Friday
        assertEquals(LocalDate.of(2026, 12, 2), defaults.dueFor(Optional.of(resolved), TUESDAY, Optional.of("Highest")));
        assertEquals(LocalDate.of(2026, 12, 4), defaults.dueFor(Optional.empty(), TUESDAY, Optional.of("Highest")));
    }

    @Test
    public void eachDeadlineIsOneToSixtyWorkingDays() {
        assertTrue(PostmortemDeadlines.DEFAULTS.isValid());
        assertFalse(new PostmortemDeadlines(0, 5, 10).isValid());
        assertFalse(new PostmortemDeadlines(3, 5, 61).isValid());
    }
}
