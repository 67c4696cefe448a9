package dev.postmortems.jira.rest.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.domain.review.ReviewInterval;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.action.ActionService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The follow-up review end to end: REST, service, the real Jira adapter and the Jira double's issue service. */
public class ReviewResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String review;
    /** The double's Jira runs in UTC. */
    private final LocalDate today = FollowUpCalendar.today(Instant.now(), ZoneOffset.UTC);

    @Before
    public void start() {
        app = rule.fixture();
        app.postmortem().assign(app.user(OWNER));
        review = "/postmortems/" + app.postmortem().getKey() + "/review";
    }

    @Test
    public void schedulingMakesAReviewTicketDueAfterTheIntervalListingTheActions() throws Exception {
        app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(
                new ActionInput("req-action-0001", "Add a load test", "corrective", OWNER, "", today.plusDays(20).toString(), "", "", null))));

        Reply reply = app.rest().put(EDITOR, review, schedule("req-review-0001", "1m", null, OWNER));

        assertEquals(reply.body(), 201, reply.status());
        DoubleIssue ticket = issue(reply.tree().get("review").get("key").asText());
        assertEquals("Postmortem Review", ticket.getIssueType().getName());
        assertEquals("OPS", ticket.projectKey());
        assertEquals("Follow-up review: Postmortem: Checkout down", ticket.getSummary());
        assertEquals(OWNER, ticket.getAssignee().getUsername());
        assertEquals(ReviewInterval.ONE_MONTH.dueFrom(today), ticket.dueDay());
        assertEquals(Set.of("postmortem-review"), ticket.labels());
        assertEquals(List.of(ticket.getId()), reviewLinksFrom(app.postmortem()));
        String description = ticket.getDescription();
        assertTrue(description, description.contains("* OPS-3 — Add a load test (Corrective) — Olivia Owner — "
                + today.plusDays(20) + " — Open"));
        assertTrue(description, description.contains("Follow-up review of postmortem OPS-2"));

        JsonNode view = app.rest().get(VIEWER, review).tree();
        assertEquals(ticket.getKey(), view.get("review").get("key").asText());
        assertEquals(ReviewInterval.ONE_MONTH.dueFrom(today).toString(), view.get("review").get("dueDate").asText());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(today, ReviewInterval.ONE_MONTH.dueFrom(today)),
                view.get("review").get("daysLeft").asLong());
        assertFalse(view.get("review").get("overdue").asBoolean());
        assertEquals(0, view.get("actionsDone").asInt());
        assertEquals(1, view.get("actionsTotal").asInt());
    }

    @Test
    public void theParticipantsWatchTheReviewSoJirasNotificationsBringTheTeamBack() throws Exception {
        app.jira().watchers().startWatching(app.user(VIEWER), app.postmortem());
        app.jira().watchers().startWatching(app.user(OWNER), app.postmortem());

        Reply reply = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER));

        DoubleIssue ticket = issue(reply.tree().get("review").get("key").asText());
        assertTrue(app.jira().watchers().usernamesWatching(ticket).containsAll(Set.of(VIEWER, OWNER)));
    }

    /** Jira renders descriptions as wiki markup: the team's summaries must stay text there, not links or mentions. */
    @Test
    public void actionSummariesInTheReviewTicketAreEscapedForJirasWikiRenderer() throws Exception {
        String hostile = "[click|http://evil.example] !http://evil.example/x.png! [~admin] {color:red}x{color} *b*";
        app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(
                new ActionInput("req-action-0001", hostile, "corrective", OWNER, "", today.plusDays(20).toString(), "", "", null))));

        Reply reply = app.rest().put(EDITOR, review, schedule("req-review-0001", "1m", null, OWNER));

        String description = issue(reply.tree().get("review").get("key").asText()).getDescription();
        assertFalse(description, description.contains(hostile));
        assertTrue(description, description.contains("\\[click\\|http\\://evil.example\\] \\!http\\://evil.example/x.png\\! "
                + "\\[\\~admin\\] \\{color\\:red\\}x\\{color\\} \\*b\\*"));
    }

    @Test
    public void twoWeeksUnlessAnIntervalOrADateIsChosen() throws Exception {
        DoubleIssue first = issue(app.rest().put(EDITOR, review, schedule("req-review-0001", null, null, OWNER))
                .tree().get("review").get("key").asText());
        assertEquals(today.plusWeeks(2), first.dueDay());

        String day = today.plusDays(45).toString();
        app.rest().put(EDITOR, review, schedule("req-review-0002", "1w", day, OWNER));
        assertEquals(LocalDate.parse(day), first.dueDay());
    }

    @Test
    public void schedulingAgainReschedulesTheOpenReviewInsteadOfCreatingASecond() throws Exception {
        String key = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER)).tree()
                .get("review").get("key").asText();

        Reply again = app.rest().put(EDITOR, review, schedule("req-review-0002", "3m", null, assignableEditor()));

        assertEquals(again.body(), 200, again.status());
        assertEquals(key, again.tree().get("review").get("key").asText());
        assertEquals(1, app.jira().issueService().created());
        assertEquals(1, app.jira().issueService().updated());
        assertEquals(ReviewInterval.THREE_MONTHS.dueFrom(today), issue(key).dueDay());
        assertEquals(EDITOR, issue(key).getAssignee().getUsername());
    }

    @Test
    public void onceTheReviewIsResolvedANewOneMayBeScheduled() throws Exception {
        String first = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER)).tree()
                .get("review").get("key").asText();
        issue(first).resolve(true);
        assertTrue(app.rest().get(EDITOR, review).tree().get("review").get("done").asBoolean());

        Reply next = app.rest().put(EDITOR, review, schedule("req-review-0002", "1m", null, OWNER));

        assertEquals(next.body(), 201, next.status());
        assertFalse(first.equals(next.tree().get("review").get("key").asText()));
        assertEquals(2, app.jira().issueService().created());
        assertEquals(2, reviewLinksFrom(app.postmortem()).size());
    }

    @Test
    public void sendingTheSameScheduleAgainChangesNothing() throws Exception {
        Reply first = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER));
        Reply again = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER));

        assertEquals(201, first.status());
        assertEquals(again.body(), 200, again.status());
        assertEquals(first.tree().get("review").get("key").asText(), again.tree().get("review").get("key").asText());
        assertEquals(1, app.jira().issueService().created());
        assertEquals(0, app.jira().issueService().updated());
        assertEquals(1, reviewLinksFrom(app.postmortem()).size());
    }

    @Test
    public void aRetryAfterAnInterruptionOnceTheTicketExistsCreatesNoSecondReview() throws Exception {
        app.jira().issueService().interruptNextCreateAfterTheIssueExists(new IllegalStateException("node stopped"));

        assertEquals(500, app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER)).status());
        Reply retried = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER));

        assertEquals(retried.body(), 200, retried.status());
        assertEquals(1, app.jira().issueService().created());
        DoubleIssue ticket = issue(retried.tree().get("review").get("key").asText());
        assertEquals(List.of(ticket.getId()), reviewLinksFrom(app.postmortem()));
        assertEquals(Set.of("postmortem-review"), ticket.labels());
    }

    @Test
    public void aReviewNeedsAnOwnerWhoCanBeAssignedAndNothingIsCreatedOtherwise() throws Exception {
        Reply missing = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, " "));
        Reply unassignable = app.rest().put(EDITOR, review, schedule("req-review-0002", "2w", null, VIEWER));

        assertEquals(missing.body(), 400, missing.status());
        assertEquals("Every review needs an owner: choose the person who runs it.", missing.tree().get("errors").get("owner").asText());
        assertEquals(unassignable.body(), 400, unassignable.status());
        assertEquals("Vic Viewer cannot be assigned issues in project OPS: choose someone who can.",
                unassignable.tree().get("errors").get("owner").asText());
        assertEquals("There is no user ghost.", app.rest().put(EDITOR, review, schedule("req-review-0003", "2w", null, "ghost")).tree()
                .get("errors").get("owner").asText());
        assertEquals(0, app.jira().issueService().created());
        assertNull(nullIfMissing(app.rest().get(EDITOR, review).tree().get("review")));
    }

    @Test
    public void badIntervalsAndDatesAreNamed() throws Exception {
        Reply interval = app.rest().put(EDITOR, review, schedule("req-review-0001", "6m", null, OWNER));
        Reply past = app.rest().put(EDITOR, review, schedule("req-review-0002", null, today.toString(), OWNER));
        Reply unreadable = app.rest().put(EDITOR, review, schedule("req-review-0003", null, "next friday", OWNER));
        Reply malformed = app.rest().send(EDITOR, "PUT", review, "{oops", "application/json");

        assertEquals(400, interval.status());
        assertTrue(interval.tree().get("errors").get("interval").asText().contains("2 weeks"));
        assertEquals("Choose a day after today.", past.tree().get("errors").get("date").asText());
        assertTrue(unreadable.tree().get("errors").get("date").asText().contains("2026-12-24"));
        assertEquals(400, malformed.status());
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void aReviewPastItsDueDateIsOverdueUntilResolved() throws Exception {
        String key = app.rest().put(EDITOR, review, schedule("req-review-0001", "2w", null, OWNER)).tree()
                .get("review").get("key").asText();
        issue(key).due(today.minusDays(3));

        JsonNode overdue = app.rest().get(VIEWER, review).tree().get("review");
        assertTrue(overdue.get("overdue").asBoolean());
        assertEquals(-3, overdue.get("daysLeft").asLong());

        issue(key).resolve(true);
        assertFalse(app.rest().get(VIEWER, review).tree().get("review").get("overdue").asBoolean());
    }

    @Test
    public void onlyEditorsScheduleAndOnlyReadersSee() throws Exception {
        assertEquals(403, app.rest().put(VIEWER, review, schedule("req-review-0001", "2w", null, OWNER)).status());
        assertEquals(404, app.rest().put(OUTSIDER, review, schedule("req-review-0001", "2w", null, OWNER)).status());
        assertEquals(404, app.rest().get(OUTSIDER, review).status());
        assertEquals(404, app.rest().get(ANONYMOUS, review).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/OPS-1/review").status());
        assertEquals(0, app.jira().issueService().created());
        JsonNode reader = app.rest().get(VIEWER, review).tree();
        assertFalse(reader.get("editable").asBoolean());
        assertEquals("", reader.get("owner").asText());
        assertEquals(OWNER, app.rest().get(EDITOR, review).tree().get("owner").asText());
    }

    /** The editor, made assignable in OPS: a second owner to reschedule to. */
    private String assignableEditor() {
        app.jira().permissions().grant(app.user(EDITOR), "OPS", com.atlassian.jira.permission.ProjectPermissions.ASSIGNABLE_USER);
        return EDITOR;
    }

    private static JsonNode nullIfMissing(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static Map<String, Object> schedule(String requestId, String interval, String date, String owner) {
        Map<String, Object> schedule = new HashMap<>();
        schedule.put("requestId", requestId);
        schedule.put("interval", interval);
        schedule.put("date", date);
        schedule.put("owner", owner);
        return schedule;
    }

    private DoubleIssue issue(String key) {
        return (DoubleIssue) app.jira().issues().getIssueObject(key);
    }

    private List<Long> reviewLinksFrom(DoubleIssue postmortem) {
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.REVIEW).orElseThrow();
        return app.jira().links().all().stream()
                .filter(link -> link.sourceId().equals(postmortem.getId()) && link.linkTypeId() == type)
                .map(link -> link.destinationId()).toList();
    }
}
