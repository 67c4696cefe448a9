package dev.postmortems.jira.rest.export;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WorkedExample;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The write-up of the practice's worked example, exported over REST in both formats and compared with the expected
 * documents in src/test/resources/export (read as a reader in UTC).
 */
public class ExportResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String key;

    @Before
    public void start() {
        app = rule.fixture();
        key = app.postmortem().getKey();
    }

    @Test
    public void theWorkedExampleExportsAsTheExpectedMarkdown() throws Exception {
        workedExample();
        HttpResponse<String> export = get(ADMIN, "/postmortems/" + key + "/export?format=markdown");

        assertEquals(200, export.statusCode());
        assertEquals("text/markdown;charset=utf-8", export.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase());
        assertEquals(expected("worked-example.md", export.body()), export.body());
    }

    @Test
    public void theWorkedExampleExportsAsTheExpectedConfluenceWikiMarkup() throws Exception {
        workedExample();
        HttpResponse<String> export = get(ADMIN, "/postmortems/" + key + "/export?format=confluence&download=true");

        assertEquals(200, export.statusCode());
        assertEquals("attachment; filename=\"OPS-2-postmortem.txt\"", export.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(expected("worked-example.confluence.txt", export.body()), export.body());
    }

    @Test
    public void noPersonIsNamedButWhereThePostmortemsOwnTextNamesThem() throws Exception {
        workedExample();
        String markdown = get(ADMIN, "/postmortems/" + key + "/export?format=markdown").body();
        String confluence = get(ADMIN, "/postmortems/" + key + "/export?format=confluence").body();

        for (String person : List.of("Olivia Owner", "olivia", "Erin Editor", "Ada Admin")) {
            assertFalse(person, markdown.replace("Olivia Owner pages on-call", "").contains(person));
            assertFalse(person, confluence.replace("Olivia Owner pages on\\-call", "").contains(person));
        }
        assertTrue("the timeline keeps the name it has", markdown.contains("Olivia Owner pages on-call"));
    }

    @Test
    public void theWriteUpNamesAndLinksTheIncidentItAnalysesAndACauseWithoutWhysLeavesNoBlankLines() throws Exception {
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.TicketWriter.class).link(app.postmortem().getId(),
                app.incident().getId(), dev.postmortems.jira.service.LinkRole.POSTMORTEM));
        app.as(EDITOR, () -> app.bean(WhysService.class).add(key, new dev.postmortems.jira.domain.whys.WhyChainInput(
                "Checkout went down", List.of(), false), null));
        String incident = app.incident().getKey();

        String markdown = get(EDITOR, "/postmortems/" + key + "/export?format=markdown").body();
        String confluence = get(EDITOR, "/postmortems/" + key + "/export?format=confluence").body();

        assertTrue(markdown, markdown.contains("Incident: [" + incident + " " + app.incident().getSummary() + "](<http"));
        assertTrue(markdown, markdown.contains("](<http://localhost:2990/jira/browse/" + incident + ">)"));
        assertTrue(confluence, confluence.contains("Incident: [" + incident.replace("-", "\\-") + " " + app.incident().getSummary()
                + "|http://localhost:2990/jira/browse/" + incident + "]"));
        assertFalse(markdown, markdown.contains("\n\n\n"));
        assertFalse(confluence, confluence.contains("\n\n\n"));
    }

    @Test
    public void onlyThoseWhoMayBrowseThePostmortemExportItAndTheFormatIsExplained() throws Exception {
        assertEquals(404, get(ANONYMOUS, "/postmortems/" + key + "/export?format=markdown").statusCode());
        assertEquals(404, get(OUTSIDER, "/postmortems/" + key + "/export?format=markdown").statusCode());
        assertEquals(404, get(EDITOR, "/postmortems/" + app.incident().getKey() + "/export?format=markdown").statusCode());
        HttpResponse<String> unknown = get(EDITOR, "/postmortems/" + key + "/export?format=pdf");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("Choose the format: markdown or confluence."));
        assertEquals(400, get(EDITOR, "/postmortems/" + key + "/export").statusCode());
    }

    /** The practice's worked example, made through the app's services, with dates fixed in Jira afterwards. */
    private void workedExample() {
        app.as(EDITOR, () -> {
            TimelineService timeline = app.bean(TimelineService.class);
            timeline.add(key, new TimelineInput("2026-11-20T10:12:00Z", "Deploy of the bulk-pricing job to production", "impact-started"), null);
            timeline.add(key, new TimelineInput("2026-11-20T10:16:00Z", "Checkout error rate above 20%; Olivia Owner pages on-call", "detected"), null);
            timeline.add(key, new TimelineInput("2026-11-20T10:31:00Z", "Database lock waits found on the orders table", ""), null);
            timeline.add(key, new TimelineInput("2026-11-20T10:43:00Z", "Bulk-pricing job stopped; writes recover", "mitigated"), null);
            timeline.add(key, new TimelineInput("2026-11-20T10:59:00Z", "Checkout error rate back to normal", "resolved"), null);
            WhyChain chain = app.bean(WhysService.class).add(key, WorkedExample.chain(), null).chain();
            List<ActionOutcome> actions = app.bean(ActionService.class).add(key, List.of(
                    new ActionInput("req-action-0001", "Add a load test for the behaviour that caused it", "corrective", OWNER,
                            "", "", "", "", chain.id()),
                    new ActionInput("req-action-0002", "Teach the team about high-scale environments; screen every feature for scale risk",
                            "preventative", OWNER, "", "", "", "", chain.id())));
            due(actions.get(0).action().orElseThrow().ticketId().orElseThrow(), LocalDate.of(2026, 12, 4));
            due(actions.get(1).action().orElseThrow().ticketId().orElseThrow(), LocalDate.of(2026, 12, 18));
            app.bean(ReviewService.class).schedule(key, new ReviewInput("req-review-0001", "2w", null, OWNER));
            String review = app.bean(PostmortemSnapshots.class).of(key).reviewTickets().get(0).key();
            ((DoubleIssue) app.jira().issues().getIssueObject(review)).due(LocalDate.of(2026, 12, 20));
            app.bean(LessonsService.class).save(key, 0, new LessonsInput(Map.of(
                    "went-wrong", "A bulk job's writes reached production without a load test.\nThey locked the orders table.",
                    "went-right", "The error-rate alert paged on-call within four minutes.",
                    "lucky", "It happened on a weekday morning.",
                    "prevention", "A rule saying which changes are load tested.")));
            return null;
        });
    }

    private void due(long ticketId, LocalDate date) {
        ((DoubleIssue) app.jira().issues().getIssueObject(ticketId)).due(date);
    }

    /**
     * The expected document. After a deliberate change to the write-up, {@code -Dexport.rewrite=true} writes the
     * actual one over it, to be read and committed; without it the comparison decides.
     */
    private String expected(String name, String actual) throws IOException {
        if (Boolean.getBoolean("export.rewrite")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/export", name), actual);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("export/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.rest().baseUrl() + "/rest/postmortems/1.0" + path));
        if (user != null) {
            request.header(dev.postmortems.jira.rest.testing.RestServer.USER_HEADER, user);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
