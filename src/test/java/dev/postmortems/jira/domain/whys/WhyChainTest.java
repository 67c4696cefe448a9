package dev.postmortems.jira.domain.whys;

import dev.postmortems.jira.domain.whys.WhyChainInput.FieldProblem;
import dev.postmortems.jira.domain.whys.WhyChainInput.WhyStepInput;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class WhyChainTest {
    /** The practice's worked example: the application went down, five whys to the missing scale review. */
    static final List<WhyStep> WORKED_EXAMPLE = List.of(
            new WhyStep("Why did the application go down?", "The database became locked."),
            new WhyStep("Why did it lock?", "Too many database writes."),
            new WhyStep("Why so many writes?", "The risk was not foreseen, so the change was not load tested."),
            new WhyStep("Why was it not load tested?", "There is no development process saying when to load test."),
            new WhyStep("Why is there no such process?", "We are reaching new levels of scale and never needed one."));

    @Test
    public void onlyAMarkedRootCauseKeepsItsCategory() {
        Optional<dev.postmortems.jira.domain.cause.RootCauseCategory> change =
                Optional.of(new dev.postmortems.jira.domain.cause.RootCauseCategory(1, Optional.empty()));

        assertEquals(change, new WhyChain(1, 2, "Down", WORKED_EXAMPLE, true, 0, 1, change).category());
        assertEquals(Optional.empty(), new WhyChain(1, 2, "Down", WORKED_EXAMPLE, false, 0, 1, change).category());
        assertEquals(Optional.empty(), new WhyChain(1, 2, "Down", List.of(), true, 0, 1, change).category());
    }

    @Test
    public void givenTheWorkedExampleWithItsRootCauseMarked_thenTheLastAnswerIsTheRootCause() {
        WhyChain chain = chain(WORKED_EXAMPLE, true);

        assertEquals(Optional.of("We are reaching new levels of scale and never needed one."), chain.rootCause());
        assertFalse(chain.isOpen());
        assertFalse(chain.shouldKeepAsking());
    }

    @Test
    public void givenChainWithoutRootCause_thenItShowsAsOpen() {
        WhyChain chain = chain(WORKED_EXAMPLE, false);

        assertTrue(chain.isOpen());
        assertEquals(Optional.empty(), chain.rootCause());
        assertFalse(chain.shouldKeepAsking());
    }

    @Test
    public void givenRootCauseAfterFewerThanFiveWhys_thenTheTeamIsNudgedToKeepAsking() {
        assertTrue(chain(WORKED_EXAMPLE.subList(0, 3), true).shouldKeepAsking());
    }

    @Test
    public void summaryCountsCausesRootCausesAndWhichOnesAnActionAddresses() {
        WhyChain treated = new WhyChain(1, 7, "Checkout down", WORKED_EXAMPLE, true, 0, 1);
        WhyChain untreated = new WhyChain(2, 7, "Alerts late", WORKED_EXAMPLE, true, 1, 1);
        WhyChain open = new WhyChain(3, 7, "Rollback slow", WORKED_EXAMPLE.subList(0, 1), false, 2, 1);

        WhysSummary summary = WhysSummary.of(List.of(treated, untreated, open), Set.of(1L, 3L));

        assertEquals(new WhysSummary(3, 2, 1, 1, 1), summary);
    }

    @Test
    public void aChainIsOpenUntilItsRootCauseThenTreatedOnlyWhileAnActionThatStandsAddressesIt() {
        WhyChain rooted = new WhyChain(1, 7, "Checkout down", WORKED_EXAMPLE, true, 0, 1);
        WhyChain open = new WhyChain(3, 7, "Rollback slow", WORKED_EXAMPLE.subList(0, 1), false, 2, 1);

        assertEquals(ChainStatus.TREATED, ChainStatus.of(rooted, Set.of(1L)));
        assertEquals(ChainStatus.UNTREATED, ChainStatus.of(rooted, Set.of()));
        assertEquals(ChainStatus.OPEN, ChainStatus.of(open, Set.of(3L)));
        assertEquals("untreated", ChainStatus.UNTREATED.key());
    }

    @Test
    public void aValidInputGivesTrimmedStepsAndUnansweredStepsAreAllowed() {
        WhyChainInput input = new WhyChainInput("Checkout down", List.of(
                new WhyStepInput("  Why did it fail?  ", " The DB locked "), new WhyStepInput("Why did it lock?", null)), false);

        assertEquals(List.of(), input.problems());
        assertEquals(List.of(new WhyStep("Why did it fail?", "The DB locked"), new WhyStep("Why did it lock?", "")),
                input.validSteps());
    }

    @Test
    public void eachBadFieldIsNamed() {
        List<WhyStepInput> steps = new ArrayList<>();
        steps.add(new WhyStepInput("", "answer"));
        steps.add(new WhyStepInput("q".repeat(10_001), "a".repeat(10_001)));
        steps.add(null);

        assertEquals(List.of(
                        new FieldProblem("problem", WhyProblem.PROBLEM_MISSING),
                        new FieldProblem("steps[0].question", WhyProblem.QUESTION_MISSING),
                        new FieldProblem("steps[1].question", WhyProblem.QUESTION_TOO_LONG),
                        new FieldProblem("steps[1].answer", WhyProblem.ANSWER_TOO_LONG),
                        new FieldProblem("steps[2].question", WhyProblem.QUESTION_MISSING),
                        new FieldProblem("rootCause", WhyProblem.ROOT_CAUSE_WITHOUT_ANSWER)),
                new WhyChainInput(" ", steps, true).problems());
    }

    @Test
    public void aRootCauseNeedsAnAnsweredLastStepAndChainsAreBounded() {
        assertEquals(List.of(new FieldProblem("rootCause", WhyProblem.ROOT_CAUSE_WITHOUT_ANSWER)),
                new WhyChainInput("p", List.of(), true).problems());
        List<WhyStepInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= WhyProblem.MAX_STEPS; i++) {
            tooMany.add(new WhyStepInput("why?", "because"));
        }
        assertEquals(List.of(new FieldProblem("steps", WhyProblem.TOO_MANY_STEPS)), new WhyChainInput("p", tooMany, false).problems());
        assertEquals(List.of(), new WhyChainInput("x".repeat(WhyProblem.MAX_TEXT_LENGTH), null, false).problems());
    }

    private static WhyChain chain(List<WhyStep> steps, boolean rootCauseMarked) {
        return new WhyChain(1, 7, "The application went down", steps, rootCauseMarked, 0, 1);
    }
}
