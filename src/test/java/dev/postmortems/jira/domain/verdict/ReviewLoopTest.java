package dev.postmortems.jira.domain.verdict;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ReviewLoopTest {
    private static final long FIRST_REVIEW = 900L;
    private static final long SECOND_REVIEW = 901L;

    private final List<VerdictRecord> verdicts = new ArrayList<>();

    @Test
    public void theNewestVerdictCountsAndTheHistoryIsKept() {
        ActionRecord action = action(1, null);
        judge(FIRST_REVIEW, action, Verdict.UNVERIFIED);
        judge(SECOND_REVIEW, action, Verdict.EFFECTIVE);
        ReviewLoop loop = loop(action);

        assertEquals(Verdict.EFFECTIVE, loop.latest(1).orElseThrow().verdict());
        assertEquals(Verdict.UNVERIFIED, loop.at(FIRST_REVIEW, 1).orElseThrow().verdict());
        assertEquals(Verdict.UNVERIFIED, loop.elsewhere(SECOND_REVIEW, 1).orElseThrow().verdict());
        assertEquals(Optional.empty(), loop.latest(2));
    }

    @Test
    public void onlyNotEffectiveAndDroppedStopAnActionTreatingItsRootCause() {
        List<ActionRecord> actions = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            ActionRecord action = action(actions.size() + 1, null);
            actions.add(action);
            judge(FIRST_REVIEW, action, verdict);
        }
        ReviewLoop loop = new ReviewLoop(actions, verdicts);

        assertEquals(Set.of(3L, 5L), loop.discounted()); // ineffective, dropped
    }

    @Test
    public void aFixThatDidNotWorkNeedsAFollowUpUntilOneStands() {
        ActionRecord fix = action(1, null);
        judge(FIRST_REVIEW, fix, Verdict.INEFFECTIVE);

        ReviewLoop before = loop(fix);
        assertTrue(before.needsFollowUp(1));
        assertEquals(ReviewOutcome.FOLLOW_UP_NEEDED, before.outcomeAt(FIRST_REVIEW));

        ActionRecord followUp = action(2, 1L);
        ReviewLoop after = loop(fix, followUp);
        assertFalse(after.needsFollowUp(1));
        assertEquals(List.of(followUp), after.followUpsOf(1));
        // The follow-up this review raised is judged at the next one, so the loop is closed here.
        assertEquals(List.of(fix), after.toJudgeAt(FIRST_REVIEW));
        assertEquals(ReviewOutcome.LOOP_CLOSED, after.outcomeAt(FIRST_REVIEW));
        // The next review judges both.
        assertEquals(List.of(fix, followUp), after.toJudgeAt(SECOND_REVIEW));
        assertEquals(ReviewOutcome.AWAITING_VERDICTS, after.outcomeAt(SECOND_REVIEW));
    }

    @Test
    public void aReviewAwaitsVerdictsUntilEveryActionHasOneAndCountsThem() {
        ActionRecord first = action(1, null);
        ActionRecord second = action(2, null);
        judge(FIRST_REVIEW, first, Verdict.EFFECTIVE);
        ReviewLoop loop = loop(first, second);

        assertEquals(ReviewOutcome.AWAITING_VERDICTS, loop.outcomeAt(FIRST_REVIEW));
        assertEquals(List.of(second), loop.unjudgedAt(FIRST_REVIEW));

        judge(FIRST_REVIEW, second, Verdict.DROPPED);
        ReviewLoop judged = loop(first, second);
        assertEquals(ReviewOutcome.LOOP_CLOSED, judged.outcomeAt(FIRST_REVIEW));
        assertEquals(Map.of(Verdict.EFFECTIVE, 1, Verdict.DROPPED, 1), judged.countsAt(FIRST_REVIEW));
        assertEquals(Optional.of(Instant.ofEpochSecond(2)), judged.lastJudgedAt(FIRST_REVIEW));
        assertEquals(Optional.empty(), judged.lastJudgedAt(SECOND_REVIEW));
    }

    @Test
    public void aPostmortemWithoutActionsClosesTheLoopAtOnce() {
        assertEquals(ReviewOutcome.LOOP_CLOSED, new ReviewLoop(List.of(), List.of()).outcomeAt(FIRST_REVIEW));
    }

    @Test
    public void judgingTheSameActionTwiceAtOneReviewKeepsTheNewer() {
        ActionRecord action = action(1, null);
        judge(FIRST_REVIEW, action, Verdict.INEFFECTIVE);
        judge(FIRST_REVIEW, action, Verdict.PARTLY);
        ReviewLoop loop = loop(action);

        assertEquals(Verdict.PARTLY, loop.at(FIRST_REVIEW, 1).orElseThrow().verdict());
        assertFalse(loop.needsFollowUp(1));
        assertEquals(Set.of(), loop.discounted());
        assertEquals(ReviewOutcome.LOOP_CLOSED, loop.outcomeAt(FIRST_REVIEW));
    }

    private ReviewLoop loop(ActionRecord... standing) {
        return new ReviewLoop(List.of(standing), verdicts);
    }

    private void judge(long review, ActionRecord action, Verdict verdict) {
        long id = verdicts.size() + 1;
        verdicts.add(new VerdictRecord(id, 7L, review, action.id(), verdict, "", verdict.needsReason() ? "superseded" : "",
                "erin", Instant.ofEpochSecond(id)));
    }

    private static ActionRecord action(long id, Long followsUp) {
        return new ActionRecord(id, 7L, "req-" + id, Optional.of(100L + id), ActionKind.CORRECTIVE, Optional.of(50L),
                Optional.ofNullable(followsUp), "");
    }
}
