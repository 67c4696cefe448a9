package dev.postmortems.jira.rest.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.jql.FollowUpSearch;
import dev.postmortems.jira.service.whys.WhysService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The follow-up review meeting end to end: REST, the verdict service, the stores and the Jira double. */
public class ReviewMeetingResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String key;
    private long chainId;
    private long loadTest;
    private long runbook;
    private String meeting;

    @Before
    public void start() {
        app = rule.fixture();
        key = app.postmortem().getKey();
        WhyChain chain = app.as(EDITOR, () -> app.bean(WhysService.class).add(key, new WhyChainInput("Checkout timed out",
                List.of(new WhyChainInput.WhyStepInput("Why?", "No load test covered the sale")), true), null).chain());
        chainId = chain.id();
        List<ActionOutcome> created = app.as(EDITOR, () -> app.bean(ActionService.class).add(key, List.of(
                new ActionInput(null, "Add a load test", "corrective", OWNER, "", "", "", "", chainId,
                        "p99 under 1 s at twice the sale's peak", null),
                new ActionInput(null, "Write the runbook", "preventative", OWNER, "", "", "", "", null))));
        loadTest = created.get(0).action().orElseThrow().id();
        runbook = created.get(1).action().orElseThrow().id();
        String review = app.scheduledReview(EDITOR, key, new ReviewInput("req-review-0001", "2w", null, OWNER));
        meeting = "/postmortems/" + key + "/reviews/" + review;
    }

    @Test
    public void theMeetingListsEveryActionLiveWithHowTheTeamMeantToKnowItWorked() throws Exception {
        JsonNode view = app.rest().get(VIEWER, meeting).tree();

        assertEquals(key, view.get("postmortemKey").asText());
        assertEquals("awaiting-verdicts", view.get("outcome").asText());
        assertEquals("Verdicts still to give: 2 of 2", view.get("outcomeText").asText());
        assertFalse(view.get("judgeable").asBoolean());
        JsonNode first = view.get("actions").get(0);
        assertEquals("Add a load test", first.get("action").get("summary").asText());
        assertEquals("p99 under 1 s at twice the sale's peak", first.get("action").get("successCheck").asText());
        assertEquals("Checkout timed out", first.get("action").get("rootCause").asText());
        assertTrue(first.get("verdict").isNull());
        assertTrue(app.rest().get(EDITOR, meeting).tree().get("judgeable").asBoolean());
    }

    @Test
    public void aFixThatDidNotWorkLeavesItsRootCauseUntreatedUntilAFollowUpAddressesIt() throws Exception {
        assertEquals("treated", chainStatus());

        Reply judged = judge(EDITOR, loadTest, "ineffective", "p99 still 4 s at peak", "", null);

        assertEquals(judged.body(), 200, judged.status());
        assertEquals("Not effective", judged.tree().get("label").asText());
        assertEquals("untreated", chainStatus());
        JsonNode readiness = app.rest().get(EDITOR, "/postmortems/" + key + "/readiness").tree();
        assertFalse(readiness.get("ready").asBoolean());
        JsonNode view = app.rest().get(EDITOR, meeting).tree();
        assertEquals("follow-up-needed", view.get("outcome").asText());
        assertTrue(view.get("actions").get(0).get("needsFollowUp").asBoolean());
        FollowUpSearch search = app.bean(FollowUpSearch.class);
        long loadTestTicket = app.bean(ActionStore.class).find(loadTest).orElseThrow().ticketId().orElseThrow();
        assertEquals(List.of(loadTestTicket), search.ineffectiveActions());
        assertEquals(List.of(reviewTicket()), search.reviewsNeedingFollowUp());

        Map<String, Object> followUp = new HashMap<>();
        followUp.put("summary", "Follow-up: Add a load test");
        followUp.put("kind", "corrective");
        followUp.put("assignee", OWNER);
        followUp.put("chainId", chainId);
        followUp.put("followsUp", loadTest);
        Reply created = app.rest().post(EDITOR, "/postmortems/" + key + "/actions", List.of(followUp));

        assertEquals(created.body(), 201, created.status());
        assertEquals("treated", chainStatus());
        assertEquals(List.of(), search.ineffectiveActions());
        assertEquals(List.of(), search.reviewsNeedingFollowUp());
        JsonNode after = app.rest().get(EDITOR, meeting).tree();
        assertEquals(created.tree().get("results").get(0).get("action").get("key").asText(),
                after.get("actions").get(0).get("followUps").get(0).get("key").asText());
        assertTrue(after.get("actions").get(2).get("raisedHere").asBoolean());
        assertEquals("awaiting-verdicts", after.get("outcome").asText()); // the runbook still has no verdict

        judge(EDITOR, runbook, "effective", "Used in the drill on 2026-12-10", "", null);
        assertEquals("loop-closed", app.rest().get(EDITOR, meeting).tree().get("outcome").asText());

        // The follow-up's ticket is deleted in Jira: the fix that did not work needs a follow-up again.
        DoubleIssue followUpTicket = (DoubleIssue) app.jira().issues().getIssueObject(
                created.tree().get("results").get(0).get("action").get("key").asText());
        app.jira().issues().delete(followUpTicket);
        app.jira().events().publish(new com.atlassian.jira.event.issue.IssueEvent(followUpTicket,
                com.atlassian.jira.event.type.EventType.ISSUE_DELETED_ID));
        assertEquals(List.of(loadTestTicket), search.ineffectiveActions());
        assertEquals(List.of(reviewTicket()), search.reviewsNeedingFollowUp());
        assertEquals("untreated", chainStatus());
        Reply recreated = app.rest().post(EDITOR, "/postmortems/" + key + "/actions", List.of(followUp));
        assertEquals(recreated.body(), 201, recreated.status());
        // Read by one reader throughout: the day a verdict was given is the reader's day, in the reader's zone.
        JsonNode closed = app.rest().get(VIEWER, meeting).tree();
        assertEquals("loop-closed", closed.get("outcome").asText());
        assertTrue(closed.get("summary").asText(), closed.get("summary").asText().matches(
                "Reviewed on .+: 1 effective, 1 not effective \u2192 OPS-\\d+"));
        assertEquals(closed.get("summary").asText(), app.rest().get(VIEWER, "/postmortems/" + key + "/review").tree()
                .get("verdicts").asText());
        String writeUp = app.rest().get(VIEWER, "/postmortems/" + key + "/export?format=markdown").body();
        assertTrue(writeUp, writeUp.contains("Loop closed \u2014 " + closed.get("summary").asText()));
        assertTrue(writeUp, writeUp.contains("| Not effective |"));
    }

    @Test
    public void judgingAgainNeedsTheVerdictSeenSoNoVerdictIsLost() throws Exception {
        long first = judge(EDITOR, loadTest, "unverified", "", "", null).tree().get("id").asLong();

        Reply stale = judge(EDITOR, loadTest, "effective", "", "", null);
        assertEquals(stale.body(), 409, stale.status());
        assertEquals(first, stale.tree().get("current").get("id").asLong());
        assertEquals("unverified", stale.tree().get("current").get("verdict").asText());

        Reply again = judge(EDITOR, loadTest, "effective", "Load test in CI since 2026-12-05", "", first);
        assertEquals(again.body(), 200, again.status());
        JsonNode row = app.rest().get(EDITOR, meeting).tree().get("actions").get(0);
        assertEquals("effective", row.get("verdict").get("verdict").asText());
        assertEquals("Erin Editor \u00b7 ", row.get("verdict").get("judged").asText().substring(0, 14));
    }

    @Test
    public void theSameVerdictSentTwiceIsRecordedOnce() throws Exception {
        Reply first = judge(EDITOR, loadTest, "effective", "Load test in CI", "", null);
        Reply again = judge(EDITOR, loadTest, "effective", "Load test in CI", "", null);

        assertEquals(again.body(), 200, again.status());
        assertEquals(first.tree().get("id").asLong(), again.tree().get("id").asLong());
        assertEquals(1, app.bean(dev.postmortems.jira.service.review.VerdictStore.class).verdictsOf(app.postmortem().getId()).size());
    }

    @Test
    public void badVerdictsAreNamedAndNothingIsRecorded() throws Exception {
        assertField(judge(EDITOR, loadTest, "great", "", "", null), "verdict");
        assertField(judge(EDITOR, loadTest, "dropped", "", " ", null), "reason");
        assertField(judge(EDITOR, loadTest, "effective", "x".repeat(10_001), "", null), "evidence");
        DoubleIssue other = app.newPostmortem("Another outage");
        long foreign = app.as(EDITOR, () -> app.bean(ActionService.class).add(other.getKey(), List.of(
                new ActionInput(null, "Elsewhere", "corrective", OWNER, "", "", "", "", null)))).get(0).action().orElseThrow().id();
        assertField(judge(EDITOR, foreign, "effective", "", "", null), "actionId");
        assertField(judge(EDITOR, 999_999L, "effective", "", "", null), "actionId");

        assertTrue(app.rest().get(EDITOR, meeting).tree().get("actions").get(0).get("verdict").isNull());
        assertEquals("awaiting-verdicts", app.rest().get(EDITOR, meeting).tree().get("outcome").asText());
    }

    @Test
    public void readersSeeVerdictsEditorsOfTheReviewGiveThemOthersSeeNothing() throws Exception {
        assertEquals(403, judge(VIEWER, loadTest, "effective", "", "", null).status());
        assertEquals(404, judge(OUTSIDER, loadTest, "effective", "", "", null).status());
        assertEquals(404, app.rest().get(OUTSIDER, meeting).status());
        assertEquals(404, app.rest().get(ANONYMOUS, meeting).status());
        // A review ticket reached through another postmortem's path is not found.
        DoubleIssue other = app.newPostmortem("Another outage");
        String elsewhere = meeting.replace("/postmortems/" + key + "/", "/postmortems/" + other.getKey() + "/");
        assertEquals(404, app.rest().get(EDITOR, elsewhere).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/" + key + "/reviews/" + key).status());
        assertTrue(app.rest().get(VIEWER, meeting).tree().get("actions").get(0).get("verdict").isNull());
    }

    @Test
    public void theSuccessCheckCanBeSaidAfterTheActionWasCreated() throws Exception {
        Reply said = app.rest().put(EDITOR, "/postmortems/" + key + "/actions/" + runbook + "/success-check",
                Map.of("successCheck", "  On-call finds it within a minute  "));

        assertEquals(said.body(), 200, said.status());
        assertEquals("On-call finds it within a minute", said.tree().get("successCheck").asText());
        assertEquals(403, app.rest().put(VIEWER, "/postmortems/" + key + "/actions/" + runbook + "/success-check",
                Map.of("successCheck", "x")).status());
        assertField(app.rest().put(EDITOR, "/postmortems/" + key + "/actions/" + runbook + "/success-check",
                Map.of("successCheck", "x".repeat(10_001))), "successCheck");
    }

    private Reply judge(String user, long actionId, String verdict, String evidence, String reason, Long replaces) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("verdict", verdict);
        body.put("evidence", evidence);
        body.put("reason", reason);
        body.put("replaces", replaces);
        return app.rest().put(user, meeting + "/verdicts/" + actionId, body);
    }

    private String chainStatus() throws Exception {
        return app.rest().get(EDITOR, "/postmortems/" + key + "/whys").tree().get("chains").get(0).get("status").asText();
    }

    private long reviewTicket() {
        return app.jira().issues().getIssueObject(meeting.substring(meeting.lastIndexOf('/') + 1)).getId();
    }

    private static void assertField(Reply reply, String field) throws Exception {
        assertEquals(reply.body(), 400, reply.status());
        assertTrue(reply.body(), reply.tree().get("errors").has(field));
        assertFalse(reply.body(), reply.body().contains("Exception"));
    }
}
