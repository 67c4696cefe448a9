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

/** The dashboard items' data: twelve months of one project, only what the viewer may browse. */
public class InsightsResourceTest {
    private static final String RECOVERY = "/insights/recovery?project=OPS";
    private static final String FOLLOW_THROUGH = "/insights/follow-through?project=OPS";
    private static final String PIPELINE = "/insights/pipeline?project=OPS";

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

        app.jira().scheduler().run(dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB.toString());

        assertEquals(1, app.rest().get(VIEWER, RECOVERY).tree().get("months").get(11).get("postmortems").asInt());
    }

    @Test
    public void topCausesCountTheSixMonthsRootCausesThoseSeenBeforeAndTheFixesNotEffective() throws Exception {
        long search = app.jira().components().add(app.postmortem().getProjectObject().getId(), "Search");
        DoubleIssue longAgo = sorted(incident("Search down, long ago", thisMonth.minusMonths(8), 5, 30), "change", search);
        DoubleIssue secret = sorted(incident("Search down, under security", thisMonth.minusMonths(7), 5, 30), "change", search);
        app.jira().permissions().secure(secret, app.user(EDITOR));
        DoubleIssue first = sorted(incident("Search slow", thisMonth.minusMonths(2), 5, 30), "change", search);
        DoubleIssue again = sorted(incident("Search slow again", thisMonth.minusMonths(1), 5, 30), "change", search);
        DoubleIssue process = sorted(incident("Release skipped review", thisMonth, 5, 30), "process", null);
        long fix = app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).add(again.getKey(), List.of(
                new dev.postmortems.jira.domain.action.ActionInput(null, "Cache the search index", "corrective", "olivia", "", "", "",
                        "", app.bean(dev.postmortems.jira.service.whys.WhysStore.class).chainsOf(again.getId()).get(0).id()))))
                .get(0).action().orElseThrow().id();
        app.bean(dev.postmortems.jira.service.action.ActionStore.class).mirrorVerdicts(again.getId(),
                Map.of(fix, dev.postmortems.jira.domain.verdict.Verdict.INEFFECTIVE), java.util.Set.of());

        JsonNode viewer = app.rest().get(VIEWER, "/insights/causes?project=OPS").tree();

        assertEquals("Top causes: OPS project", viewer.get("title").asText());
        JsonNode change = viewer.get("rows").get(0);
        assertEquals("change", change.get("category").asText());
        assertEquals("the two of the last six months", 2, change.get("rootCauses").asInt());
        assertEquals("key in (" + first.getKey() + ", " + again.getKey() + ") ORDER BY key", jql(change.get("postmortemsSearch")));
        assertEquals("both were seen before, in the postmortem of eight months ago", 2, change.get("seenBefore").asInt());
        assertEquals(1, change.get("notEffective").asInt());
        assertTrue(jql(change.get("notEffectiveSearch")).startsWith("key in (OPS-"));
        JsonNode processRow = viewer.get("rows").get(1);
        assertEquals("process", processRow.get("category").asText());
        assertEquals(0, processRow.get("seenBefore").asInt());
        assertEquals("", processRow.get("seenBeforeSearch").asText());
        assertEquals(2, viewer.get("rows").size());
        assertTrue(!viewer.toString().contains(secret.getKey()) && !viewer.toString().contains(longAgo.getKey() + ","));
        assertEquals(404, app.rest().get(OUTSIDER, "/insights/causes?project=OPS").status());

        int before = rule.ao().statementsExecuted();
        app.rest().get(VIEWER, "/insights/causes?project=OPS");
        assertEquals("the period's postmortems, the sorted root causes, the fixes not effective, the categories", 4,
                rule.ao().statementsExecuted() - before);
    }

    @Test
    public void followThroughCountsTheActionsTheViewerMayBrowse_eachNumberWithItsSearch() throws Exception {
        java.time.LocalDate today = app.bean(FollowUpToday.class).date();
        DoubleIssue overdue = action(app.postmortem(), "Add a disk alarm", "corrective", "OPS");
        overdue.due(today.minusDays(1));
        DoubleIssue elsewhere = action(app.postmortem(), "Fix the retry loop", "corrective", "DEV");
        elsewhere.due(today.minusDays(2));
        DoubleIssue done = action(app.postmortem(), "Document the failover", "preventative", "OPS");
        done.due(today.plusDays(3)).resolve(true, app.bean(FollowUpToday.class).now());
        DoubleIssue secret = app.newPostmortem("Security incident");
        app.jira().permissions().secure(secret, app.user(EDITOR));
        DoubleIssue secretAction = action(secret, "Rotate the keys", "preventative", "OPS");
        DoubleIssue second = app.newPostmortem("Disk full again");
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).attach(second.getKey(),
                new dev.postmortems.jira.service.action.AttachInput(overdue.getKey(), "corrective", null)));
        for (DoubleIssue changed : List.of(overdue, elsewhere, done)) {
            app.jira().events().publish(new com.atlassian.jira.event.issue.IssueEvent(changed,
                    com.atlassian.jira.event.type.EventType.ISSUE_UPDATED_ID));
        }

        int before = rule.ao().statementsExecuted();
        JsonNode viewer = app.rest().get(VIEWER, FOLLOW_THROUGH).tree();
        assertEquals("the actions, in one statement", 1, rule.ao().statementsExecuted() - before);
        JsonNode editor = app.rest().get(EDITOR, FOLLOW_THROUGH).tree();

        assertEquals("Follow-through: OPS project", viewer.get("title").asText());
        JsonNode month = viewer.get("months").get(11);
        assertEquals(thisMonth.toString(), month.get("month").asText());
        assertEquals("the DEV ticket and the secured postmortem's action are not the viewer's; a ticket of two postmortems counts once", 2,
                month.get("decided").get("count").asInt());
        assertEquals("key in (" + overdue.getKey() + ", " + done.getKey() + ") ORDER BY key", jql(month.get("decided").get("search")));
        assertEquals(1, month.get("done").get("count").asInt());
        assertEquals("key in (" + done.getKey() + ") ORDER BY key", jql(month.get("doneByDue").get("search")));
        assertEquals("1 of 1 (100%)", month.get("onTime").asText());
        assertEquals("", viewer.get("months").get(10).get("onTime").asText());
        assertEquals(List.of("under-30-days", "under-90-days", "under-180-days", "from-180-days"), keys(viewer.get("openByAge"), "age"));
        assertEquals(1, viewer.get("openByAge").get(0).get("open").get("count").asInt());
        assertEquals(List.of("OPS"), keys(viewer.get("overdueByProject"), "projectKey"));
        assertEquals("OPS project", viewer.get("overdueByProject").get(0).get("projectName").asText());
        assertEquals(List.of("corrective", "preventative"), keys(viewer.get("kinds"), "kind"));
        assertEquals(1, viewer.get("kinds").get(1).get("done").get("count").asInt());
        assertTrue(!viewer.toString().contains(secretAction.getKey()) && !viewer.toString().contains(elsewhere.getKey()));

        assertEquals(4, editor.get("months").get(11).get("decided").get("count").asInt());
        assertEquals(List.of("DEV", "OPS"), keys(editor.get("overdueByProject"), "projectKey"));
        assertEquals(404, app.rest().get(OUTSIDER, FOLLOW_THROUGH).status());
    }

    @Test
    public void actionsRecordedBeforeTheirProjectWasKeptArePlacedByTheStartUpJob() throws Exception {
        DoubleIssue ticket = action(app.postmortem(), "Add a disk alarm", "corrective", "OPS");
        rule.ao().activeObjects().executeInTransaction(() -> {
            for (dev.postmortems.jira.store.ActionEntity row : rule.ao().activeObjects().find(dev.postmortems.jira.store.ActionEntity.class, net.java.ao.Query.select())) {
                row.setProjectId(null);
                row.setCreatedAt(null);
                row.save();
            }
            return null;
        });
        assertEquals(0, app.rest().get(VIEWER, FOLLOW_THROUGH).tree().get("months").get(11).get("decided").get("count").asInt());

        app.jira().scheduler().run(dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB.toString());

        JsonNode month = app.rest().get(VIEWER, FOLLOW_THROUGH).tree().get("months").get(11);
        assertEquals("key in (" + ticket.getKey() + ") ORDER BY key", jql(month.get("decided").get("search")));
    }

    @Test
    public void thePipelineCountsOpenPostmortemsWaitingIncidentsReviewsAndRecurrences_whatTheViewerMayBrowse() throws Exception {
        java.time.LocalDate today = app.bean(FollowUpToday.class).date();
        Instant now = app.bean(FollowUpToday.class).now();
        DoubleIssue late = created(app.newPostmortem("Orders locked").createdAt(now.minus(Duration.ofDays(10))).due(today.minusDays(1)));
        DoubleIssue fresh = created(app.newPostmortem("Search slow").createdAt(now.minus(Duration.ofDays(1))).due(today.plusDays(3)));
        DoubleIssue done = created(app.newPostmortem("Cache stampede").createdAt(now.minus(Duration.ofDays(40))).resolve(true, now));
        DoubleIssue secret = created(app.newPostmortem("Security incident").createdAt(now.minus(Duration.ofDays(2))));
        app.jira().permissions().secure(secret, app.user(EDITOR));
        String review = app.scheduledReview(EDITOR, done.getKey(), new dev.postmortems.jira.domain.review.ReviewInput("req-review-0001", "2w", null,
                PostmortemFixture.OWNER));
        action(done, "Warm the cache before deploys", "corrective", "OPS");
        DoubleIssue again = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Cache stampede again");
        assertEquals(201, app.rest().post(EDITOR, "/recurrences", Map.of("incidentKey", again.getKey(), "postmortemKey", done.getKey())).status());
        app.bean(dev.postmortems.jira.service.team.PolicySettings.class).save("OPS",
                new dev.postmortems.jira.domain.team.PostmortemPolicy(java.util.Set.of("Bug"), java.util.Set.of()));
        app.bean(dev.postmortems.jira.service.team.IncidentNeeds.class).scan("OPS");

        int before = rule.ao().statementsExecuted();
        JsonNode viewer = app.rest().get(VIEWER, PIPELINE).tree();
        assertEquals("postmortems, waiting incidents, reviews due, postmortems with open actions", 4,
                rule.ao().statementsExecuted() - before);

        assertEquals("Postmortem pipeline: OPS project", viewer.get("title").asText());
        assertEquals("the secured one is not the viewer's", 2, viewer.get("open").get("count").asInt());
        assertEquals("key in (" + late.getKey() + ", " + fresh.getKey() + ") ORDER BY key", jql(viewer.get("open").get("search")));
        assertEquals(List.of("overdue", "due-soon", "later", "no-due-date"), keys(viewer.get("openByDue"), "key"));
        assertEquals("key in (" + late.getKey() + ") ORDER BY key", jql(viewer.get("openByDue").get(0).get("count").get("search")));
        assertEquals("Due within 7 days", viewer.get("openByDue").get(1).get("label").asText());
        assertEquals(1, viewer.get("openByDue").get(1).get("count").get("count").asInt());
        assertEquals(List.of("under-7-days", "under-28-days", "from-28-days"), keys(viewer.get("openByAge"), "key"));
        assertEquals(List.of(1, 1, 0), counts(viewer.get("openByAge")));
        assertEquals(List.of("incidents-waiting", "reviews-overdue", "reviews-coming-up", "recurred-open-actions"),
                keys(viewer.get("attention"), "key"));
        assertEquals("the fixture's incident and the recurrence: both Bugs without a postmortem", List.of(2, 0, 1, 1),
                counts(viewer.get("attention")));
        assertEquals("key in (" + review + ") ORDER BY key", jql(viewer.get("attention").get(2).get("count").get("search")));
        assertEquals("key in (" + done.getKey() + ") ORDER BY key", jql(viewer.get("attention").get(3).get("count").get("search")));
        assertTrue(!viewer.toString().contains(secret.getKey()));

        assertEquals(3, app.rest().get(EDITOR, PIPELINE).tree().get("open").get("count").asInt());
        assertEquals(404, app.rest().get(OUTSIDER, PIPELINE).status());
    }

    @Test
    public void postmortemsTheAppKnewBeforeThePipelineArePlacedByTheStartUpJob() throws Exception {
        DoubleIssue older = incident("Measured long ago", thisMonth, 3, 9); // a timeline, and no event since the pipeline
        assertEquals(0, app.rest().get(VIEWER, PIPELINE).tree().get("open").get("count").asInt());

        app.jira().scheduler().run(dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB.toString());
        app.jira().scheduler().run(dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB.toString());

        JsonNode open = app.rest().get(VIEWER, PIPELINE).tree().get("open");
        assertEquals("key in (" + older.getKey() + ") ORDER BY key", jql(open.get("search")));
        assertEquals(1, app.bean(dev.postmortems.jira.service.insight.PipelineStore.class).recorded().size());
    }

    /** Jira announces the issue's creation, as it does for one created in Jira. */
    private DoubleIssue created(DoubleIssue issue) {
        app.jira().events().publish(new com.atlassian.jira.event.issue.IssueEvent(issue, com.atlassian.jira.event.type.EventType.ISSUE_CREATED_ID));
        return issue;
    }

    private static List<Integer> counts(JsonNode rows) {
        List<Integer> counts = new ArrayList<>();
        rows.forEach(row -> counts.add(row.get("count").get("count").asInt()));
        return counts;
    }

    /** An action of the postmortem, its ticket created in the project and assigned to the owner. */
    private DoubleIssue action(DoubleIssue postmortem, String summary, String kind, String project) {
        long ticketId = app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).add(postmortem.getKey(), List.of(
                new dev.postmortems.jira.domain.action.ActionInput(null, summary, kind, "olivia", project, "", "", "", null))))
                .get(0).action().orElseThrow().ticketId().orElseThrow();
        return (DoubleIssue) app.jira().issues().getIssueObject(ticketId);
    }

    private DoubleIssue sorted(DoubleIssue postmortem, String category, Long component) {
        app.as(EDITOR, () -> {
            dev.postmortems.jira.service.whys.WhysService whys = app.bean(dev.postmortems.jira.service.whys.WhysService.class);
            var chain = whys.add(postmortem.getKey(), new dev.postmortems.jira.domain.whys.WhyChainInput("Down", List.of(
                    new dev.postmortems.jira.domain.whys.WhyChainInput.WhyStepInput("Why?", "The index filled up")), true), null).chain();
            return app.bean(dev.postmortems.jira.service.cause.RootCauseSorting.class).categorize(postmortem.getKey(), chain.id(), chain.revision(),
                    app.bean(dev.postmortems.jira.service.cause.CauseCategoryService.class).catalogue().named(category).orElseThrow().id(), component);
        });
        return postmortem;
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
