package dev.postmortems.jira.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.service.whys.WhysService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The sandbox without a browser: its demo data, what it keeps across restarts, its pages and its search resource. */
public class SandboxTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Sandbox sandbox;

    @After
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    public void theDemoPostmortemIsTheWorkedExampleOfThePractice() throws IOException {
        sandbox = start(false);
        as(DemoPeople.VIEWER, () -> {
            PostmortemSnapshot demo = bean(PostmortemSnapshots.class).of("OPS-2");
            List<WhyChain> chains = demo.chains();
            assertEquals(1, chains.size());
            assertEquals(5, chains.get(0).steps().size());
            assertEquals("We are reaching new levels of scale and never needed one.", chains.get(0).rootCause().orElseThrow());
            assertEquals(List.of("CORRECTIVE", "PREVENTATIVE"), demo.actions().stream()
                    .map(action -> action.kind().name()).toList());
            assertEquals("OPS-5", demo.reviewTickets().get(0).key());
            assertEquals(6, demo.timeline().size());
            assertEquals(5, demo.lessons().answered());
            return null;
        });
        assertEquals("Bug", jira().issues().getIssueObject("OPS-6").getIssueType().getName());
    }

    @Test
    public void stoppingAndStartingAgainKeepsTheDataAndTheClockAndTheResetForgetsThem() throws Exception {
        sandbox = start(false);
        assertEquals(201, post("/rest/postmortems/1.0/postmortems/OPS-2/timeline", DemoPeople.EDITOR, "application/json",
                "{\"occurredAt\":\"2026-11-20T05:00:00Z\",\"text\":\"Kept across restarts\",\"tag\":\"\"}").statusCode());
        assertEquals(303, post("/sandbox/clock", DemoPeople.EDITOR, "application/x-www-form-urlencoded", "days=3").statusCode());
        assertEquals(303, post("/sandbox/transition", DemoPeople.EDITOR, "application/x-www-form-urlencoded", "key=OPS-3&to=resolve")
                .statusCode());
        sandbox.close();

        sandbox = start(false);
        assertTrue(timelineTexts().contains("Kept across restarts"));
        assertEquals(Duration.ofDays(3), sandbox.clock().ahead());
        assertEquals("Done", ((dev.postmortems.jira.jiradouble.DoubleIssue) jira().issues().getIssueObject("OPS-3")).statusName());
        assertEquals("the app's start-up found its types and created none", List.of(), jira().issueTypes().createdNames());
        assertEquals(List.of(), jira().linkTypes().createdNames());
        assertEquals("OPS-7", jira().issues().create("OPS", jira().issueTypes().byName("Task"), "Next").getKey());
        sandbox.close();

        sandbox = start(true);
        assertFalse(timelineTexts().contains("Kept across restarts"));
        assertEquals(Duration.ZERO, sandbox.clock().ahead());
        assertEquals(List.of("Postmortem", "Postmortem Review"), jira().issueTypes().createdNames());
    }

    @Test
    public void theIssueViewShowsTheDescriptorsPanelsOperationsAndResourcesWhereJiraWould() throws Exception {
        sandbox = start(false);
        Document incident = Jsoup.parse(get("/browse/OPS-6", DemoPeople.EDITOR).body());
        assertEquals("Start postmortem", incident.getElementById("postmortem-start").text());
        assertEquals("/jira/browse/OPS-6?postmortemStart=OPS-6", incident.getElementById("postmortem-start").attr("href"));
        assertEquals("OPS's policy asks a postmortem of it: the notice is its one panel", 1, incident.select(".sandbox-web-panel").size());
        assertEquals("OPS-6", incident.selectFirst(".sandbox-web-panel .postmortem-notice").attr("data-incident-key"));
        assertEquals("the Start postmortem script is in the issue view's context",
                List.of("postmortems.js", "user-picker.js", "team.js", "recurrence.js"), scriptNames(incident));
        String picker = get(incident.selectFirst("script[src$=user-picker.js]").attr("src").substring("/jira".length()),
                DemoPeople.EDITOR).body();
        assertTrue("texts translated as Jira's jsI18n transformer does", picker.contains("\"No matching users\""));
        assertFalse(picker.contains("AJS.I18n.getText"));

        Document postmortem = Jsoup.parse(get("/browse/OPS-2", DemoPeople.EDITOR).body());
        assertTrue(postmortem.select("#postmortem-start").isEmpty());
        assertEquals(List.of("Export write-up (Markdown)", "Export write-up (Confluence wiki)"), postmortem.select("#issue-operations a").eachText());
        String markdown = postmortem.getElementById("postmortem-export-markdown").attr("href");
        assertEquals("/jira/rest/postmortems/1.0/postmortems/OPS-2/export?format=markdown&download=true", markdown);
        HttpResponse<String> export = get(markdown.substring("/jira".length()), DemoPeople.VIEWER);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith("# OPS-2: Postmortem: Shop down, the database locked\n"));
        assertTrue(export.body().contains("5. **Why is there no such process?** We are reaching new levels of scale and never needed one."));
        assertEquals(List.of("team-panel", "timeline-panel", "whys-panel", "action-panel", "lessons-panel"),
                postmortem.select(".sandbox-issue-main .sandbox-web-panel").eachAttr("id"));
        // OPS-2's root cause is sorted with a component: Seen before says it is the first with that cause.
        assertEquals(List.of("readiness-panel", "review-panel", "seen-before-panel"),
                postmortem.select(".sandbox-issue-side .sandbox-web-panel").eachAttr("id"));
        assertEquals(List.of("Team", "Timeline", "5 Whys", "Actions", "Lessons", "Readiness", "Follow-up review", "Seen before"),
                postmortem.select(".sandbox-web-panel > h2").eachText());
        assertEquals("the shared scripts once, first; then each panel's as its panel asked, in weight order",
                List.of("postmortems.js", "user-picker.js", "team.js", "recurrence.js", "readiness.js", "timeline.js", "review.js", "whys.js", "action.js", "lessons.js"),
                scriptNames(postmortem));
        assertTrue(postmortem.getElementById("sandbox-notice").text().startsWith("Sandbox, not Jira."));

        HttpResponse<String> hidden = get("/browse/OPS-2", DemoPeople.OUTSIDER);
        assertEquals(404, hidden.statusCode());
        assertFalse(hidden.body().contains("Shop down"));
        assertEquals(200, get("/s/aui/aui-prototyping.js", DemoPeople.EDITOR).statusCode());
        assertEquals(200, get("/s/dev.postmortems.jira:whys-resources/whys.js", DemoPeople.EDITOR).statusCode());
        assertEquals(404, get("/s/dev.postmortems.jira:whys-resources/../../pom.xml", DemoPeople.EDITOR).statusCode());
    }

    @Test
    public void thePostmortemWorkflowRunsTheAppsValidatorOnDone() throws Exception {
        sandbox = start(false);
        dev.postmortems.jira.jiradouble.DoubleIssue bare = jira().issues().create("OPS", jira().issueTypes().byName("Postmortem"),
                "Postmortem: nothing decided yet");

        HttpResponse<String> refused = post("/sandbox/transition", DemoPeople.EDITOR, "application/x-www-form-urlencoded",
                "key=" + bare.getKey() + "&to=resolve");
        assertEquals(400, refused.statusCode());
        assertEquals("Schedule the follow-up review before the postmortem is done.",
                Jsoup.parse(refused.body()).select("#transition-refused p").get(1).text());
        assertEquals("Open", bare.statusName());

        assertEquals(303, post("/sandbox/transition", DemoPeople.EDITOR, "application/x-www-form-urlencoded", "key=OPS-2&to=resolve")
                .statusCode());
        assertEquals("Done", ((dev.postmortems.jira.jiradouble.DoubleIssue) jira().issues().getIssueObject("OPS-2")).statusName());
        assertEquals("other issues have no validator", 303, post("/sandbox/transition", DemoPeople.EDITOR,
                "application/x-www-form-urlencoded", "key=OPS-6&to=resolve").statusCode());
    }

    @Test
    public void theSearchResourceAnswersTheAppsFunctionsAndSimpleClausesAndSaysWhatItCannotDo() throws Exception {
        sandbox = start(false);
        assertEquals(List.of("OPS-3", "OPS-4"), keys(search("issue in postmortemActions(\"OPS-2\")", DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-3"), keys(search("issue in postmortemActions(\"OPS-2\", \"corrective\")", DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-2"), keys(search("project = OPS AND issue in postmortemsWithOpenActions()", DemoPeople.VIEWER)));
        assertEquals(List.of(), keys(search("project = OPS AND issue in overduePostmortemReviews()", DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-3"), keys(search("project = OPS AND assignee = olivia AND resolution = EMPTY", DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-3", "OPS-4"), keys(search("project = OPS AND labels = postmortem-action AND issuetype = Task",
                DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-4"), keys(search("labels = postmortem-action AND assignee = currentUser()", DemoPeople.EDITOR)));
        assertEquals("the outsider finds nothing in OPS", List.of(), keys(search("project = OPS", DemoPeople.OUTSIDER)));

        sandbox.clock().moveForward(Duration.ofDays(15));
        assertEquals(List.of("OPS-5"), keys(search("project = OPS AND issue in overduePostmortemReviews()", DemoPeople.VIEWER)));
        // The demo postmortem, started from an incident resolved two days before, is late too: 10 working days passed.
        assertEquals(List.of("OPS-2", "OPS-3", "OPS-4", "OPS-5"), keys(search("project = OPS AND resolution = EMPTY AND duedate < now()",
                DemoPeople.VIEWER)));
        assertEquals(List.of("OPS-2"), keys(search("project = OPS AND issue in overduePostmortems()", DemoPeople.VIEWER)));

        JsonNode page = search("project = OPS", DemoPeople.VIEWER);
        assertEquals(6, page.get("total").asInt());
        JsonNode review = page.get("issues").get(4);
        assertEquals("OPS-5", review.get("key").asText());
        assertEquals("Postmortem Review", review.get("fields").get("issuetype").asText());
        assertEquals("Erin Editor", review.get("fields").get("assignee").asText());

        assertEquals(List.of("The sandbox does not support OR in “project = OPS OR labels = x”."),
                errors("project = OPS OR labels = x"));
        assertEquals(List.of("The sandbox does not support ORDER BY in “project = OPS ORDER BY created”."),
                errors("project = OPS ORDER BY created"));
        assertEquals(List.of("There is no postmortem OPS-1, or you do not have permission to see it."),
                errors("issue in postmortemActions(\"OPS-1\")"));
        assertEquals(List.of("The sandbox does not search the field “reporter”."), errors("reporter = erin"));
        assertTrue(errors("issue in nosuchFunction()").get(0).startsWith("Unable to find JQL function “nosuchFunction(…)”"));
    }

    private Sandbox start(boolean reset) throws IOException {
        return Sandbox.start(folder.getRoot().toPath().resolve("sandbox"), 0, reset);
    }

    private JiraDouble jira() {
        return sandbox.jira();
    }

    private <T> T bean(Class<T> type) {
        return sandbox.app().context().getBean(type);
    }

    private <T> T as(String username, Supplier<T> work) {
        jira().authentication().logIn(sandbox.people().user(username).orElseThrow());
        try {
            return work.get();
        } finally {
            jira().authentication().logOut();
        }
    }

    private List<String> timelineTexts() {
        return as(DemoPeople.VIEWER, () -> bean(PostmortemSnapshots.class).of("OPS-2").timeline().stream()
                .map(entry -> entry.text()).toList());
    }

    private static List<String> scriptNames(Document page) {
        List<String> names = new ArrayList<>();
        for (Element script : page.select("script[src*=dev.postmortems.jira]")) {
            String src = script.attr("src");
            names.add(src.substring(src.lastIndexOf('/') + 1));
        }
        return names;
    }

    private JsonNode search(String jql, String username) throws Exception {
        HttpResponse<String> response = get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8), username);
        assertEquals(response.body(), 200, response.statusCode());
        return json.readTree(response.body());
    }

    private List<String> errors(String jql) throws Exception {
        HttpResponse<String> response = get("/rest/api/2/search?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8), DemoPeople.EDITOR);
        assertEquals(response.body(), 400, response.statusCode());
        List<String> messages = new ArrayList<>();
        json.readTree(response.body()).get("errorMessages").forEach(message -> messages.add(message.asText()));
        return messages;
    }

    private static List<String> keys(JsonNode page) {
        List<String> keys = new ArrayList<>();
        page.get("issues").forEach(issue -> keys.add(issue.get("key").asText()));
        return keys;
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        return http.send(request(path, username).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String username, String type, String body) throws IOException, InterruptedException {
        return http.send(request(path, username).header("Content-Type", type).header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String username) {
        return HttpRequest.newBuilder(URI.create(sandbox.url() + path)).header("Cookie", "double-user=" + username);
    }
}
