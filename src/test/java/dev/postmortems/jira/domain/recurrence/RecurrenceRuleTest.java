package dev.postmortems.jira.domain.recurrence;

import org.junit.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class RecurrenceRuleTest {
    @Test
    public void aLaterIssueOutsideThePostmortemIsARecurrence() {
        assertEquals(Optional.empty(), RecurrenceRule.problem(40L, false, Set.of(12L, 13L, 14L)));
    }

    @Test
    public void thePostmortemsOwnIncidentActionsAndReviewAreTheSameOccurrence() {
        assertEquals(Optional.of(RecurrenceRule.Problem.PART_OF_POSTMORTEM), RecurrenceRule.problem(13L, false, Set.of(12L, 13L)));
    }

    @Test
    public void aPostmortemIsNeverARecurrenceWhateverItIsLinkedTo() {
        assertEquals(Optional.of(RecurrenceRule.Problem.IS_POSTMORTEM), RecurrenceRule.problem(40L, true, Set.of()));
        assertEquals(Optional.of(RecurrenceRule.Problem.IS_POSTMORTEM), RecurrenceRule.problem(13L, true, Set.of(13L)));
    }
}
