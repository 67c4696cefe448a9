package dev.postmortems.jira.rest.whys;

import com.fasterxml.jackson.databind.JsonNode;
import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.store.ActionEntity;
import net.java.ao.DBParam;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class WhysResourceTest {
    /** The practice's worked example: the application went down, five whys to the missing scale review. */
    private static final List<List<String>> WORKED_EXAMPLE = List.of(
            List.of("Why did the application go down?", "The database became locked."),
            List.of("Why did it lock?", "Too many database writes."),
            List.of("Why so many writes?", "The risk was not foreseen, so the change was not load tested."),
            List.of("Why was it not load tested?", "There is no development process saying when to load test."),
            List.of("Why is there no such process?", "We are reaching new levels of scale and never needed one."));

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String whys;

    @Before
    public void start() {
        app = rule.fixture();
        whys = "/postmortems/" + app.postmortem().getKey() + "/whys";
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
        app.jira().users().add(new DoubleUser("u-priya", "priya", "Priya Natarajan", ZoneId.of("UTC"))); // cannot see OPS
    }

    @Test
    public void theWorkedExampleComesBackAsOneChainOfFiveStepsWithItsRootCause() throws Exception {
        Reply added = app.rest().post(EDITOR, whys, chain("The application went down", WORKED_EXAMPLE, true));

        assertEquals(added.body(), 201, added.status());
        JsonNode view = app.rest().get(VIEWER, whys).tree();
        assertEquals(1, view.get("chains").size());
        JsonNode chain = view.get("chains").get(0);
        assertEquals(5, chain.get("steps").size());
        for (int i = 0; i < 5; i++) {
            assertEquals(WORKED_EXAMPLE.get(i).get(0), chain.get("steps").get(i).get("question").asText());
            assertEquals(WORKED_EXAMPLE.get(i).get(1), chain.get("steps").get(i).get("answer").asText());
        }
        assertTrue(chain.get("rootCauseMarked").asBoolean());
        assertEquals("untreated", chain.get("status").asText());
        assertFalse(chain.get("keepAsking").asBoolean());
        assertEquals("1 cause · 0 root causes treated · 1 untreated", view.get("summary").asText());
    }

    @Test
    public void aRootCauseAddressedByAnActionIsTreatedAndShowsTheTicket_restrictedOnesWithoutSummary() throws Exception {
        long chainId = app.rest().post(EDITOR, whys, chain("Checkout down", WORKED_EXAMPLE.subList(0, 2), true)).tree().get("id").asLong();
        DoubleIssue visible = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "Add a load test");
        DoubleIssue hidden = app.jira().issues().create("SEC", app.jira().issueTypes().byName("Task"), "Secret fix");
        recordAction(chainId, visible, "corrective");
        recordAction(chainId, hidden, "preventative");

        JsonNode chain = app.rest().get(EDITOR, whys).tree().get("chains").get(0);

        assertEquals("treated", chain.get("status").asText());
        assertTrue(chain.get("keepAsking").asBoolean());
        assertEquals(visible.getKey(), chain.get("actions").get(0).get("key").asText());
        assertEquals("Add a load test", chain.get("actions").get(0).get("summary").asText());
        assertEquals("Corrective", chain.get("actions").get(0).get("kindLabel").asText());
        assertTrue(chain.get("actions").get(1).get("restricted").asBoolean());
        assertEquals("", chain.get("actions").get(1).get("summary").asText());
        assertEquals("1 cause · 1 root cause treated · 0 untreated", app.rest().get(EDITOR, whys).tree().get("summary").asText());
    }

    @Test
    public void namesMentionsAndBlamingPhrasesAreFoundButNeverBlockTheSave() throws Exception {
        Reply added = app.rest().post(EDITOR, whys, chain("Max Müller forgot to renew the certificate",
                List.of(List.of("Why did nobody notice?", "@priya was on holiday; Priya Natarajan covers")), false));

        assertEquals(201, added.status());
        JsonNode chain = added.tree();
        assertEquals(3, chain.get("blameFindings").asInt());
        JsonNode problem = chain.get("problemParts");
        assertEquals("Max Müller", problem.get(0).get("text").asText());
        assertEquals("person", problem.get(0).get("finding").asText());
        assertEquals("forgot to", problem.get(2).get("text").asText());
        assertEquals("phrase", problem.get(2).get("finding").asText());
        JsonNode answer = chain.get("steps").get(0).get("answerParts");
        assertEquals("@priya", answer.get(0).get("text").asText());
        assertEquals("mention", answer.get(0).get("finding").asText());
        // Priya cannot see the project: her full name is not taken for a name of the team.
        assertEquals(2, answer.size());
    }

    @Test
    public void theSameCheckIsAvailableForAnyTextOfThePostmortem() throws Exception {
        JsonNode found = app.rest().post(VIEWER, "/postmortems/" + app.postmortem().getKey() + "/blameless-check",
                Map.of("text", "Train Max Müller on the careless deploy")).tree().get("findings");

        assertEquals(2, found.size());
        assertEquals("person", found.get(0).get("kind").asText());
        assertEquals("phrase", found.get(1).get("kind").asText());
        assertEquals(404, app.rest().post(OUTSIDER, "/postmortems/" + app.postmortem().getKey() + "/blameless-check",
                Map.of("text", "x")).status());
    }

    /** The check reads any text a reader sends: what no field of the app can hold is refused, not analysed. */
    @Test
    public void givenATextLongerThanAnyFieldTakes_thenTheCheckRefusesIt() throws Exception {
        String check = "/postmortems/" + app.postmortem().getKey() + "/blameless-check";

        Reply longest = app.rest().post(VIEWER, check, Map.of("text", "Max Müller forgot. ".repeat(1_578)));
        Reply tooLong = app.rest().post(VIEWER, check, Map.of("text", "x".repeat(30_001)));

        assertEquals(200, longest.status());
        assertEquals(tooLong.body(), 400, tooLong.status());
        assertEquals("Check at most 30,000 characters at a time.", tooLong.tree().get("errors").get("text").asText());
    }

    @Test
    public void adminsExtendThePhraseListAndOnlyAdmins() throws Exception {
        assertEquals(403, app.rest().get(EDITOR, "/config/blameless-phrases").status());
        assertEquals(403, app.rest().put(EDITOR, "/config/blameless-phrases", Map.of("extra", List.of("cowboy"))).status());
        assertEquals(401, app.rest().get(ANONYMOUS, "/config/blameless-phrases").status());

        Reply saved = app.rest().put(ADMIN, "/config/blameless-phrases", Map.of("extra", List.of("cowboy change", " ", "cowboy change")));

        assertEquals(200, saved.status());
        assertEquals("[\"cowboy change\"]", saved.tree().get("extra").toString());
        assertTrue(saved.tree().get("builtIn").toString().contains("human error"));
        JsonNode found = app.rest().post(EDITOR, "/postmortems/" + app.postmortem().getKey() + "/blameless-check",
                Map.of("text", "Another Cowboy Change")).tree().get("findings");
        assertEquals("Cowboy Change", found.get(0).get("words").asText());
    }

    @Test
    public void readersMayReadEditorsMayChangeOthersSeeNothing() throws Exception {
        long id = app.rest().post(EDITOR, whys, chain("p", List.of(), false)).tree().get("id").asLong();

        assertEquals(200, app.rest().get(VIEWER, whys).status());
        assertEquals(403, app.rest().post(VIEWER, whys, chain("p", List.of(), false)).status());
        assertEquals(403, app.rest().put(VIEWER, whys + "/" + id, edit("q", List.of(), false, 1)).status());
        assertEquals(403, app.rest().delete(VIEWER, whys + "/" + id).status());
        for (String user : new String[] {ANONYMOUS, OUTSIDER}) {
            assertEquals(404, app.rest().get(user, whys).status());
            assertEquals(user == ANONYMOUS ? 401 : 404, app.rest().post(user, whys, chain("p", List.of(), false)).status());
        }
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/" + app.incident().getKey() + "/whys").status());
    }

    @Test
    public void eachBadInputIsA400NamingTheField() throws Exception {
        Map<?, ?> errors = (Map<?, ?>) app.rest().post(EDITOR, whys,
                chain(" ", List.of(List.of("", "answer"), List.of("Why?", "")), true)).map().get("errors");

        assertEquals("State the problem this chain starts from.", errors.get("problem"));
        assertEquals("Each step needs its question.", errors.get("steps[0].question"));
        assertEquals("Only an answered last step can be the root cause.", errors.get("rootCause"));
        Reply tooLong = app.rest().post(EDITOR, whys, chain("x".repeat(10_001), List.of(), false));
        assertTrue(tooLong.body(), tooLong.body().contains("10,000 characters"));
        assertEquals(400, app.rest().send(EDITOR, "POST", whys, "{\"problem\": [", "application/json").status());
        assertEquals(415, app.rest().send(EDITOR, "POST", whys, "problem=x", "application/x-www-form-urlencoded").status());
        assertEquals(0, app.rest().get(EDITOR, whys).tree().get("chains").size());
    }

    @Test
    public void reworkingAChainReplacesItsStepsAndAStaleReworkGets409() throws Exception {
        long id = app.rest().post(EDITOR, whys, chain("p", WORKED_EXAMPLE.subList(0, 2), false)).tree().get("id").asLong();
        List<List<String>> reordered = List.of(WORKED_EXAMPLE.get(1), WORKED_EXAMPLE.get(0));

        Reply first = app.rest().put(EDITOR, whys + "/" + id, edit("p", reordered, true, 1));
        Reply second = app.rest().put(EDITOR, whys + "/" + id, edit("p", WORKED_EXAMPLE, true, 1));

        assertEquals(200, first.status());
        assertEquals(WORKED_EXAMPLE.get(1).get(0), first.tree().get("steps").get(0).get("question").asText());
        assertEquals(409, second.status());
        assertEquals(2, second.tree().get("current").get("revision").asInt());
        assertEquals(2, second.tree().get("current").get("steps").size());
        assertEquals(2, app.rest().get(EDITOR, whys).tree().get("chains").get(0).get("steps").size());
        assertEquals(400, app.rest().put(EDITOR, whys + "/" + id, chain("p", List.of(), false)).status());
    }

    @Test
    public void chainsAreReorderedAndDeletedOnlyWithinTheirPostmortem() throws Exception {
        long a = app.rest().post(EDITOR, whys, chain("a", List.of(), false)).tree().get("id").asLong();
        long b = app.rest().post(EDITOR, whys, chain("b", List.of(), false)).tree().get("id").asLong();
        String other = "/postmortems/" + app.newPostmortem("other").getKey() + "/whys";
        long foreign = app.rest().post(EDITOR, other, chain("foreign", List.of(), false)).tree().get("id").asLong();

        JsonNode reordered = app.rest().put(EDITOR, whys + "/order", Map.of("chainIds", List.of(b, a))).tree();
        assertEquals("b", reordered.get("chains").get(0).get("problem").asText());
        assertEquals(400, app.rest().put(EDITOR, whys + "/order", Map.of("chainIds", List.of(b, foreign))).status());
        assertEquals(400, app.rest().put(EDITOR, whys + "/order", Map.of("chainIds", List.of(a, a))).status());
        assertEquals(400, app.rest().delete(EDITOR, whys + "/" + foreign).status());

        assertEquals(204, app.rest().delete(EDITOR, whys + "/" + a).status());
        assertEquals(404, app.rest().delete(EDITOR, whys + "/" + a).status());
        assertEquals(1, app.rest().get(EDITOR, whys).tree().get("chains").size());
        assertEquals(1, app.rest().get(EDITOR, other).tree().get("chains").size());
    }

    @Test
    public void chainsAddedAtTheSameTimeEachGetTheirOwnPlaceInAStableOrder() throws Exception {
        java.util.concurrent.ExecutorService editors = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            // Straight to the service from several threads: each thread is one editor's request.
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> added = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String problem = "cause " + i;
                added.add(editors.submit(() -> {
                    go.await();
                    return app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.whys.WhysService.class)
                            .add(app.postmortem().getKey(), new dev.postmortems.jira.domain.whys.WhyChainInput(problem, List.of(), false),
                                    null).chain());
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> chain : added) {
                chain.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            editors.shutdownNow();
        }

        JsonNode chains = app.rest().get(EDITOR, whys).tree().get("chains");
        JsonNode again = app.rest().get(EDITOR, whys).tree().get("chains");
        assertEquals(12, chains.size());
        assertEquals(chains.toString(), again.toString());
        List<Long> positions = new ArrayList<>();
        app.bean(dev.postmortems.jira.service.whys.WhysStore.class).chainsOf(app.postmortem().getId())
                .forEach(chain -> positions.add((long) chain.position()));
        assertEquals(java.util.stream.LongStream.range(0, 12).boxed().toList(), positions);
    }

    private void recordAction(long chainId, DoubleIssue ticket, String kind) {
        rule.ao().activeObjects().create(ActionEntity.class,
                new DBParam(ActionEntity.ISSUE_ID, app.postmortem().getId()),
                new DBParam(ActionEntity.TICKET_ID, ticket.getId()),
                new DBParam(ActionEntity.KIND, kind),
                new DBParam(ActionEntity.CHAIN_ID, chainId),
                new DBParam(ActionEntity.REQUEST_ID, java.util.UUID.randomUUID().toString()));
        // As the app leaves it in Jira: the ticket linked to the postmortem as its action.
        long actionLink = app.bean(dev.postmortems.jira.jira.setup.InstalledTypes.class)
                .linkTypeId(dev.postmortems.jira.jira.setup.AppLinkType.ACTION).orElseThrow();
        app.jira().links().createIssueLink(app.postmortem().getId(), ticket.getId(), actionLink, 1L, null);
    }

    @Test
    public void aRepeatedRequestAddsItsChainOnceAndAnswersTheFirstResult() throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(chain("The application went down", List.of(), false));
        body.put("requestId", "req-chain-0001");

        Reply first = app.rest().post(EDITOR, whys, body);
        Reply repeat = app.rest().post(EDITOR, whys, body);

        assertEquals(201, first.status());
        assertEquals(200, repeat.status());
        assertEquals(first.tree().get("id"), repeat.tree().get("id"));
        assertEquals(1, app.rest().get(VIEWER, whys).tree().get("chains").size());
    }

    private static Map<String, Object> chain(String problem, List<List<String>> steps, boolean rootCause) {
        Map<String, Object> body = new HashMap<>();
        body.put("problem", problem);
        List<Map<String, String>> stepBodies = new ArrayList<>();
        for (List<String> step : steps) {
            stepBodies.add(Map.of("question", step.get(0), "answer", step.get(1)));
        }
        body.put("steps", stepBodies);
        body.put("rootCause", rootCause);
        return body;
    }

    private static Map<String, Object> edit(String problem, List<List<String>> steps, boolean rootCause, int revision) {
        Map<String, Object> body = chain(problem, steps, rootCause);
        body.put("revision", revision);
        return body;
    }
}
