package dev.postmortems.jira.domain.action;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class ActionInputTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    @Test
    public void givenADueDateWithinTenYears_thenItIsAccepted() {
        assertEquals(List.of(), withDueDate("2036-12-01").problems(TODAY));
        assertEquals(List.of(), withDueDate("2016-12-01").problems(TODAY));
        assertEquals(List.of(), withDueDate("").problems(TODAY));
    }

    @Test
    public void givenADueDateYearsAway_thenItIsOutOfRange() {
        assertEquals(List.of(ActionProblem.DUE_DATE_OUT_OF_RANGE), withDueDate("2047-06-30").problems(TODAY));
        assertEquals(List.of(ActionProblem.DUE_DATE_OUT_OF_RANGE), withDueDate("2036-12-02").problems(TODAY));
        assertEquals(List.of(ActionProblem.DUE_DATE_OUT_OF_RANGE), withDueDate("0026-12-01").problems(TODAY));
        assertEquals(List.of(ActionProblem.DUE_DATE_OUT_OF_RANGE), withDueDate("+12026-01-01").problems(TODAY));
    }

    @Test
    public void givenADueDateThatIsNoDate_thenItIsInvalid() {
        assertEquals(List.of(ActionProblem.DUE_DATE_INVALID), withDueDate("30/06/47").problems(TODAY));
        assertEquals(List.of(ActionProblem.DUE_DATE_INVALID), withDueDate("2026-02-30").problems(TODAY));
    }

    private static ActionInput withDueDate(String dueDate) {
        return new ActionInput(null, "Add a load test", "corrective", "olivia", "", dueDate, null, null, null);
    }
}
