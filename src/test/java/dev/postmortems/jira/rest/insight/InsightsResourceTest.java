package dev.postmortems.jira.rest.insight;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.timeline.MeasureStore;
import dev.postmortems.jira.service.timeline.TimelineService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The Detection and recovery gadget's data: twelve months of one project, only what the viewer may browse. */
public class InsightsResourceTest {
    private static final String RECOVERY = "/insights/recovery?project=OPS";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private YearMonth thisMonth;

    @Before
    public void start() {
        app = rule.fixture();
        thisMonth = YearMonth.from(app.bean(FollowUpToday.class).date());
    }

    @Test
    public void eachMonthGivesItsMediansAndTheSearchesBehindThem() throws Exception {
        DoubleIssue quick = incident("Cache stampede", thisMonth.minusMonths(1), 5, 20);
        DoubleIssue slow = incident("Orders locked", thisMonth.minusMonths(1), 15, 60);
        DoubleIssue slowest = incident("Orders locked again", thisMonth.minusMonths(1), 25, 100);
        incident("Long ago", thisMonth.minusMonths(13), 1, 2);

        JsonNode view = app.rest().get(VIEWER, RECOVERY).tree();

        assertEquals("Detection and recovery: OPS project", view.get("title").asText());
        assertEquals(List.of("time-to-detect", "time-to-mitigate", "time-to-resolve"), keys(view.get("measures"), "key"));
        JsonNode months = view.get("months");
        assertEquals(12, months.size());
        assertEquals(thisMonth.toString(), months.get(11).get("month").asText());
        JsonNode last = months.get(10);
        assertEquals(thisMonth.minusMonths(1).toString(), last.get("month").asText());
        assertEquals(3, last.get("postmortems").asInt());
        assertEquals("key in (" + String.join(", ", quick.getKey(), slow.getKey(), slowest.getKey()) + ") ORDER BY key", jql(last.get("search")));
        JsonNode detect = last.get("medians").get(0);
        assertEquals(15, detect.get("minutes").asLong());
        assertEquals("15 min", detect.get("text").asText());
        assertEquals("1 h 0 min", last.get("medians").get(2).get("text").asText());
        JsonNode mitigate = last.get("medians").get(1);
        assertTrue("no mitigation moment: no value, not zero", mitigate.get("minutes").isNull());
        assertEquals("", mitigate.get("search").asText());
        assertEquals(0, months.get(0).get("postmortems").asInt());
    }

    @Test
    public void aPostmortemTheViewerMayNotBrowseMovesNoNumber() throws Exception {
        incident("Open", thisMonth, 10, 30);
        DoubleIssue secret = incident("Security incident", thisMonth, 90, 600);
        app.jira().permissions().secure(secret, app.user(EDITOR));

        JsonNode viewer = app.rest().get(VIEWER, RECOVERY).tree().get("months").get(11);
        JsonNode editor = app.rest().get(EDITOR, RECOVERY).tree().get("months").get(11);

        assertEquals(1, viewer.get("postmortems").asInt());
        assertEquals(30, viewer.get("medians").get(2).get("minutes").asLong());
        assertTrue(!jql(viewer.get("search")).contains(secret.getKey()));
        assertEquals(2, editor.get("postmortems").asInt());
        assertEquals(315, editor.get("medians").get(2).get("minutes").asLong());
    }

    @Test
    public void anotherProjectIsLikeOneThatDoesNotExist_andAProjectMustBeNamed() throws Exception {
        Reply outsider = app.rest().get(OUTSIDER, RECOVERY);
        assertEquals(404, outsider.status());
        assertEquals(404, app.rest().get(VIEWER, "/insights/recovery?project=NOPE").status());
        Reply missing = app.rest().get(VIEWER, "/insights/recovery");
        assertEquals(400, missing.status());
        assertEquals("Choose a project.", missing.tree().get("errors").get("project").asText());
        assertEquals(List.of("OPS"), keys(app.rest().get(VIEWER, "/insights/projects").tree(), "key"));
        assertEquals(List.of(), keys(app.rest().get(OUTSIDER, "/insights/projects").tree(), "key"));
    }

    @Test
    public void theMonthsAreReadInOneStatementWhateverTheHistory() throws Exception {
        List<Integer> statements = new ArrayList<>();
        for (int history : new int[] {1, 30}) {
            for (int i = 0; i < history; i++) {
                incident("Incident " + i, thisMonth.minusMonths(i % 12), 5 + i, 30 + i);
            }
            int before = rule.ao().statementsExecuted();
            assertEquals(200, app.rest().get(VIEWER, RECOVERY).status());
            statements.add(rule.ao().statementsExecuted() - before);
        }
        assertEquals(List.of(1, 1), statements);
    }

    @Test
    public void postmortemsMeasuredBeforeProjectsWereKeptArePlacedByTheStartUpJob() throws Exception {
        DoubleIssue older = incident("Measured long ago", thisMonth, 3, 9);
        app.bean(MeasureStore.class).record(older.getId(), Optional.empty(), Optional.empty(), Map.of());
        assertEquals(0, app.rest().get(VIEWER, RECOVERY).tree().get("months").get(11).get("postmortems").asInt());

        app.jira().scheduler().run(dev.postmortems.jira.jira.timeline.MeasureBackfillJob.JOB.toString());

        assertEquals(1, app.rest().get(VIEWER, RECOVERY).tree().get("months").get(11).get("postmortems").asInt());
    }

    /** A postmortem whose impact started on the month's second day, detected and resolved so many minutes later. */
    private DoubleIssue incident(String summary, YearMonth month, int detectedAfter, int resolvedAfter) {
        DoubleIssue postmortem = app.newPostmortem(summary);
        Instant started = month.atDay(2).atTime(10, 0).toInstant(ZoneOffset.UTC);
        app.as(EDITOR, () -> {
            TimelineService timeline = app.bean(TimelineService.class);
            timeline.add(postmortem.getKey(), new TimelineInput(started.toString(), "Impact <b>started</b>", "impact-started"), null);
            timeline.add(postmortem.getKey(), new TimelineInput(started.plus(Duration.ofMinutes(detectedAfter)).toString(), "Paged", "detected"), null);
            timeline.add(postmortem.getKey(), new TimelineInput(started.plus(Duration.ofMinutes(resolvedAfter)).toString(), "Back", "resolved"), null);
            return null;
        });
        return postmortem;
    }

    private static String jql(JsonNode search) {
        return URLDecoder.decode(search.asText().replaceFirst("^.*\\?jql=", ""), StandardCharsets.UTF_8);
    }

    private static List<String> keys(JsonNode list, String field) {
        List<String> keys = new ArrayList<>();
        list.forEach(item -> keys.add(item.get(field).asText()));
        return keys;
    }
}
