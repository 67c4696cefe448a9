package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.domain.verdict.ReviewOutcome;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** Verdicts, and what the reviews decided as the JQL functions read it, on H2 and PostgreSQL. */
@RunWith(Parameterized.class)
public class ActiveObjectsVerdictStoreTest {
    private static final long POSTMORTEM = 60_000L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsVerdictStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Test
    public void verdictsAreAddedNeverOverwrittenAndReadInOneQueryOldestFirst() {
        ActiveObjectsVerdictStore store = new ActiveObjectsVerdictStore(ao.activeObjects());
        String evidence = "p99 \u2264 1 s \u2014 \ud83d\udcc8 ".repeat(2_000); // long, and not only ASCII
        VerdictRecord first = store.add(POSTMORTEM, 900L, 1L, Verdict.INEFFECTIVE, evidence, "", "erin", Instant.ofEpochMilli(1_000));
        VerdictRecord second = store.add(POSTMORTEM, 901L, 1L, Verdict.DROPPED, "", "Retired with the old checkout", "olivia",
                Instant.ofEpochMilli(2_000));
        store.add(POSTMORTEM + 1, 902L, 5L, Verdict.EFFECTIVE, "", "", "erin", Instant.ofEpochMilli(3_000));

        int before = ao.statementsExecuted();
        List<VerdictRecord> read = store.verdictsOf(POSTMORTEM);
        assertEquals(1, ao.statementsExecuted() - before);
        assertEquals(List.of(first, second), read);
        assertEquals(evidence, read.get(0).evidence());
        assertEquals("", read.get(1).evidence());

        assertEquals(2, store.deleteAllOf(POSTMORTEM));
        assertEquals(List.of(), store.verdictsOf(POSTMORTEM));
        assertEquals(1, store.verdictsOf(POSTMORTEM + 1).size());
    }

    @Test
    public void theActionsMirrorTheirLatestVerdictForTheJqlFunctions() {
        ActiveObjectsActionStore actions = new ActiveObjectsActionStore(ao.activeObjects());
        ActionRecord judged = actions.recordTicket(actions.createPending(POSTMORTEM, "req-verdict-0001", ActionKind.CORRECTIVE,
                Optional.empty(), Optional.empty(), "error rate below 0.1 %", ActiveObjectsActionStoreTest.PLACED).id(), 801L);
        ActionRecord unjudged = actions.recordTicket(actions.createPending(POSTMORTEM, "req-verdict-0002", ActionKind.PREVENTATIVE,
                Optional.empty(), Optional.of(judged.id()), "", ActiveObjectsActionStoreTest.PLACED).id(), 802L);
        assertEquals("error rate below 0.1 %", judged.successCheck());
        assertEquals(Optional.of(judged.id()), unjudged.followsUp());

        actions.mirrorVerdicts(POSTMORTEM, Map.of(judged.id(), Verdict.INEFFECTIVE), Set.of(judged.id()));

        assertEquals(List.of(801L), actions.ticketsNeedingFollowUp());
        assertEquals(List.of(801L), actions.tickets(Optional.of(POSTMORTEM), Optional.empty(), Optional.of(JudgedAs.INEFFECTIVE)));
        assertEquals(List.of(802L), actions.tickets(Optional.of(POSTMORTEM), Optional.empty(), Optional.of(JudgedAs.UNREVIEWED)));
        assertEquals(List.of(), actions.tickets(Optional.of(POSTMORTEM), Optional.of(ActionKind.PREVENTATIVE),
                Optional.of(JudgedAs.INEFFECTIVE)));

        actions.mirrorVerdicts(POSTMORTEM, Map.of(judged.id(), Verdict.INEFFECTIVE), Set.of());
        assertEquals(List.of(), actions.ticketsNeedingFollowUp());
        actions.describeSuccessCheck(judged.id(), "");
        assertEquals("", actions.find(judged.id()).orElseThrow().successCheck());
    }

    @Test
    public void theReviewsMirrorTheirOutcome() {
        ActiveObjectsReviewStore reviews = new ActiveObjectsReviewStore(ao.activeObjects());
        reviews.recordTicket(reviews.createPending(POSTMORTEM, "req-outcome-0001").id(), 701L);
        reviews.recordTicket(reviews.createPending(POSTMORTEM, "req-outcome-0002").id(), 702L);

        reviews.mirrorOutcome(701L, ReviewOutcome.FOLLOW_UP_NEEDED);
        reviews.mirrorOutcome(702L, ReviewOutcome.LOOP_CLOSED);

        assertEquals(List.of(701L), reviews.ticketsWithOutcome(ReviewOutcome.FOLLOW_UP_NEEDED));
        assertEquals(Optional.of(702L), reviews.findByTicket(702L).flatMap(review -> review.ticketId()));
        int before = ao.statementsExecuted();
        reviews.mirrorOutcome(702L, ReviewOutcome.LOOP_CLOSED);
        assertEquals("an unchanged outcome is read, not written", 1, ao.statementsExecuted() - before);
    }
}
