package dev.postmortems.jira.rest.team;

import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.InMemoryIssueLinkManager;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.timeline.TimelineStore;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Starting a postmortem from an incident end to end: REST, service, the real Jira adapter, and the Jira double's
 * issue service, links, watchers and issue type schemes.
 */
public class StartResourceTest {
    private static final Instant INCIDENT_CREATED = Instant.parse("2026-11-02T03:14:00Z");

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private DoubleIssue incident;

    @Before
    public void start() {
        app = rule.fixture();
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ASSIGNABLE_USER);
        // Everyone who dealt with the incident: its assignee, its reporter, and two watchers, one of whom cannot see OPS.
        incident = app.incident().assign(app.user(OWNER)).reportedBy(app.user(VIEWER)).createdAt(INCIDENT_CREATED);
        app.jira().watchers().startWatching(app.user(ADMIN), incident);
        app.jira().watchers().startWatching(app.user(OUTSIDER), incident);
    }

    @Test
    public void theDialogProposesTheIncidentsProjectASummaryTheUserAsFacilitatorAndThoseInvolvedWhoCanSeeIt() throws Exception {
        Reply reply = app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1");

        assertEquals(reply.body(), 200, reply.status());
        JsonNode form = reply.tree();
        assertEquals("OPS", form.get("projectKey").asText());
        assertEquals(List.of("DEV", "OPS"), texts(form.get("projects"), "key"));
        assertEquals("Postmortem: Checkout down", form.get("summary").asText());
        assertEquals("editor", form.get("facilitator").get("username").asText());
        assertEquals(List.of("olivia", "viewer", "admin"), texts(form.get("participants"), "username"));
        assertEquals(0, form.get("existing").size());
        assertEquals("", form.get("notOffered").asText());
        assertEquals("Start a postmortem of OPS-1", form.get("labels").get("title").asText());
    }

    @Test
    public void startingMakesAPostmortemAssignedToTheFacilitatorLinkedToTheIncidentWatchedByTheTeamWithItsDetection()
            throws Exception {
        Reply reply = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "olivia", "viewer"));

        assertEquals(reply.body(), 201, reply.status());
        DoubleIssue postmortem = issue(reply.tree().get("key").asText());
        assertTrue(reply.tree().get("url").asText().endsWith("/browse/" + postmortem.getKey()));
        assertEquals("Postmortem", postmortem.getIssueType().getName());
        assertEquals("Postmortem: Checkout down", postmortem.getSummary());
        assertEquals("OPS", postmortem.projectKey());
        assertEquals("editor", postmortem.getAssignee().getUsername());
        assertEquals(List.of(incident.getId()), postmortemLinksFrom(postmortem));
        assertEquals(Set.of("olivia", "viewer"), app.jira().watchers().usernamesWatching(postmortem));
        List<TimelineEntry> timeline = app.bean(TimelineStore.class).entriesOf(postmortem.getId());
        assertEquals(1, timeline.size());
        assertEquals(INCIDENT_CREATED, timeline.get(0).occurredAt());
        assertTrue(timeline.get(0).isTagged(TimelineTag.DETECTED));
        assertEquals("Incident OPS-1 created: Checkout down", timeline.get(0).text());
    }

    @Test
    public void aPostmortemIsDueTheProjectsWorkingDaysForThePriorityAfterTheIncidentWasResolved() throws Exception {
        // Friday 27 November 2026, 15:00 in Jira's zone (UTC in the double): a High incident, due 5 working days on.
        incident.prioritise("2").resolve(true, Instant.parse("2026-11-27T15:00:00Z"));

        JsonNode form = app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1").tree();
        assertEquals("2026-12-04", form.get("due").asText());
        assertTrue(form.get("dueText").asText(), form.get("dueText").asText().startsWith("The postmortem will be due on "));
        Reply reply = app.rest().post(EDITOR, "/postmortems", start("req-start-0001"));
        assertEquals(java.time.LocalDate.of(2026, 12, 4), issue(reply.tree().get("key").asText()).dueDay());

        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
        Reply saved = app.rest().put(EDITOR, "/config/projects/OPS/deadlines", Map.of("high", 2));
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(List.of(3, 2, 10), List.of(saved.tree().get("highest").asInt(), saved.tree().get("high").asInt(),
                saved.tree().get("other").asInt()));
        assertEquals("2026-12-01", app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1").tree().get("due").asText());
    }

    @Test
    public void aPostmortemStartedWhileTheIncidentIsOpenIsDueFromItsResolutionOnceResolvedUnlessMovedByHand() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        DoubleIssue first = issue(app.rest().post(EDITOR, "/postmortems", start("req-start-0001")).tree().get("key").asText());
        assertEquals(dev.postmortems.jira.domain.team.PostmortemDeadlines.addWorkingDays(today, 10), first.dueDay());
        Map<String, Object> again = start("req-start-0002");
        again.put("another", true);
        DoubleIssue second = issue(app.rest().post(EDITOR, "/postmortems", again).tree().get("key").asText());
        second.due(today.plusDays(40)); // the team agreed another date
        app.jira().events().publish(new com.atlassian.jira.event.issue.IssueEvent(second,
                com.atlassian.jira.event.type.EventType.ISSUE_UPDATED_ID));

        Instant resolved = Instant.parse("2026-11-27T15:00:00Z"); // a Friday
        incident.prioritise("1").resolve(true, resolved);
        app.as(EDITOR, () -> {
            app.jira().events().publish(new com.atlassian.jira.event.issue.IssueEvent(incident,
                    com.atlassian.jira.event.type.EventType.ISSUE_RESOLVED_ID));
            return null;
        });

        assertEquals("Highest: 3 working days after the Friday it was resolved", java.time.LocalDate.of(2026, 12, 2), first.dueDay());
        assertEquals("moved by hand: kept", today.plusDays(40), second.dueDay());
        assertEquals("editor", first.getAssignee().getUsername());
    }

    @Test
    public void onlyProjectAdministratorsSetTheDeadlinesAndABadOneChangesNothing() throws Exception {
        assertEquals(403, app.rest().put(EDITOR, "/config/projects/OPS/deadlines", Map.of("high", 2)).status());
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
        Reply refused = app.rest().put(EDITOR, "/config/projects/OPS/deadlines", Map.of("highest", 0, "high", 2));
        assertEquals(400, refused.status());
        assertEquals("Choose 1 to 60 working days.", refused.tree().get("errors").get("highest").asText());
        assertEquals(5, app.rest().get(EDITOR, "/config/projects/OPS/deadlines").tree().get("high").asInt());
        assertEquals(404, app.rest().get(EDITOR, "/config/projects/NOPE/deadlines").status());
    }

    @Test
    public void withoutTheSeedFlagTheTimelineStaysEmpty() throws Exception {
        Map<String, Object> start = start("req-start-0001", "olivia");
        start.put("seedTimeline", false);

        DoubleIssue postmortem = issue(app.rest().post(EDITOR, "/postmortems", start).tree().get("key").asText());

        assertTrue(app.bean(TimelineStore.class).entriesOf(postmortem.getId()).isEmpty());
    }

    @Test
    public void aSecondPostmortemOfTheSameIncidentTakesAnExplicitChoice() throws Exception {
        String first = app.rest().post(EDITOR, "/postmortems", start("req-start-0001")).tree().get("key").asText();

        Reply refused = app.rest().post(EDITOR, "/postmortems", start("req-start-0002"));
        assertEquals(refused.body(), 409, refused.status());
        assertEquals(first, refused.tree().get("existing").get(0).get("key").asText());
        assertTrue(refused.tree().get("errorMessages").get(0).asText().contains("already has a postmortem"));
        assertEquals(1, app.jira().issueService().created());
        assertEquals(first, app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1").tree().get("existing").get(0)
                .get("key").asText());

        Map<String, Object> another = start("req-start-0002");
        another.put("another", true);
        Reply second = app.rest().post(EDITOR, "/postmortems", another);
        assertEquals(second.body(), 201, second.status());
        assertEquals(2, app.jira().issueService().created());
    }

    @Test
    public void sendingTheSameStartAgainAnswersWithThePostmortemItAlreadyMade() throws Exception {
        Reply first = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "olivia"));
        Reply again = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "olivia"));

        assertEquals(201, first.status());
        assertEquals(again.body(), 200, again.status());
        assertFalse(again.tree().get("created").asBoolean());
        assertEquals(first.tree().get("key").asText(), again.tree().get("key").asText());
        assertEquals(1, app.jira().issueService().created());
        DoubleIssue postmortem = issue(first.tree().get("key").asText());
        assertEquals(1, postmortemLinksFrom(postmortem).size());
        assertEquals(1, app.bean(TimelineStore.class).entriesOf(postmortem.getId()).size());
    }

    @Test
    public void aRetryAfterAnInterruptionOnceTheIssueExistsFinishesThatPostmortemInsteadOfMakingAnother() throws Exception {
        app.jira().issueService().interruptNextCreateAfterTheIssueExists(new IllegalStateException("node stopped"));

        Reply interrupted = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "olivia"));
        assertEquals(500, interrupted.status());
        assertEquals(1, app.jira().issueService().created());

        Reply retried = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "olivia"));
        assertEquals(retried.body(), 200, retried.status());
        assertEquals(1, app.jira().issueService().created());
        DoubleIssue postmortem = issue(retried.tree().get("key").asText());
        assertEquals(List.of(incident.getId()), postmortemLinksFrom(postmortem));
        assertEquals(Set.of("olivia"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void aReferenceThatStartedAPostmortemOfAnotherIncidentIsRefusedAndChangesNothing() throws Exception {
        DoubleIssue other = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Search slow");
        DoubleIssue first = issue(app.rest().post(EDITOR, "/postmortems", start("req-start-0001")).tree().get("key").asText());
        Map<String, Object> reused = start("req-start-0001", "olivia");
        reused.put("incidentKey", other.getKey());

        Reply reply = app.rest().post(EDITOR, "/postmortems", reused);

        assertEquals(reply.body(), 400, reply.status());
        assertTrue(reply.tree().get("errors").get("requestId").asText().contains("another incident"));
        assertEquals(List.of(incident.getId()), postmortemLinksFrom(first));
        assertTrue(app.jira().watchers().usernamesWatching(first).isEmpty());
        assertEquals(1, app.jira().issueService().created());
    }

    @Test
    public void withoutAFacilitatorNothingIsCreated() throws Exception {
        Reply reply = app.rest().post(EDITOR, "/postmortems", start("req-start-0001").entrySet().stream()
                .filter(field -> !field.getKey().equals("facilitator"))
                .collect(HashMap::new, (map, field) -> map.put(field.getKey(), field.getValue()), HashMap::putAll));

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("Every postmortem needs a facilitator: choose the person who leads it.",
                reply.tree().get("errors").get("facilitator").asText());
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void aFacilitatorWhoCannotBeAssignedIsRefusedAndNothingIsCreated() throws Exception {
        Map<String, Object> start = start("req-start-0001");
        start.put("facilitator", "viewer");

        Reply reply = app.rest().post(EDITOR, "/postmortems", start);

        assertEquals(reply.body(), 400, reply.status());
        assertTrue(reply.tree().get("errors").get("facilitator").asText().contains("Vic Viewer cannot be assigned issues in project OPS"));
        assertEquals(0, app.jira().issueService().created());
        assertTrue(app.jira().links().all().isEmpty());
    }

    @Test
    public void participantsMustExistAndBeAbleToSeeTheProject() throws Exception {
        Reply reply = app.rest().post(EDITOR, "/postmortems", start("req-start-0001", "outsider", "nobody"));

        assertEquals(reply.body(), 400, reply.status());
        String message = reply.tree().get("errors").get("participants").asText();
        assertTrue(message, message.contains("Olly Outsider cannot see project OPS, so cannot take part."));
        assertTrue(message, message.contains("There is no user nobody."));
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void anIncidentTheUserCannotSeeIsNotFound() throws Exception {
        assertEquals(404, app.rest().get(OUTSIDER, "/postmortems/start?incident=OPS-1").status());
        assertEquals(404, app.rest().post(OUTSIDER, "/postmortems", start("req-start-0001")).status());
        assertEquals(401, app.rest().post(ANONYMOUS, "/postmortems", start("req-start-0001")).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/start?incident=NOPE-9").status());
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void someoneWhoMayOnlyBrowseIsToldTheyCannotCreateIssuesThere() throws Exception {
        Map<String, Object> start = start("req-start-0001");
        start.put("facilitator", "olivia");

        Reply reply = app.rest().post(VIEWER, "/postmortems", start);

        assertEquals(reply.body(), 400, reply.status());
        assertEquals("You cannot create issues in project OPS.", reply.tree().get("errors").get("projectKey").asText());
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void aPostmortemIsNotStartedFromAPostmortem() throws Exception {
        Map<String, Object> start = start("req-start-0001");
        start.put("incidentKey", app.postmortem().getKey());

        Reply reply = app.rest().post(EDITOR, "/postmortems", start);

        assertEquals(reply.body(), 400, reply.status());
        assertTrue(reply.tree().get("errors").get("incidentKey").asText().contains("is itself a postmortem"));
    }

    @Test
    public void onlyProjectsWhoseSchemeOffersThePostmortemTypeAreProposedAndTheDialogSaysHowToEnableIt() throws Exception {
        app.jira().issueTypeSchemes().withhold("OPS", "Postmortem");

        JsonNode form = app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1").tree();
        assertEquals(List.of("DEV"), texts(form.get("projects"), "key"));
        assertEquals("DEV", form.get("projectKey").asText());
        Reply refused = app.rest().post(EDITOR, "/postmortems", start("req-start-0001"));
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.tree().get("errors").get("projectKey").asText().contains("Issue type schemes"));

        app.jira().issueTypeSchemes().withhold("DEV", "Postmortem");
        JsonNode none = app.rest().get(EDITOR, "/postmortems/start?incident=OPS-1").tree();
        assertEquals(0, none.get("projects").size());
        assertTrue(none.get("notOffered").asText().contains("Issue type schemes"));
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void aPostmortemCanLiveInAnotherProjectTheFacilitatorMayBeAssignedIn() throws Exception {
        Map<String, Object> start = start("req-start-0001");
        start.put("projectKey", "DEV");
        start.put("facilitator", "olivia");

        Reply reply = app.rest().post(EDITOR, "/postmortems", start);

        assertEquals(reply.body(), 201, reply.status());
        DoubleIssue postmortem = issue(reply.tree().get("key").asText());
        assertEquals("DEV", postmortem.projectKey());
        assertEquals("olivia", postmortem.getAssignee().getUsername());
    }

    @Test
    public void malformedInputIsA400WithAMessage() throws Exception {
        Reply reply = app.rest().send(EDITOR, "POST", "/postmortems", "{not json", "application/json");
        assertEquals(reply.body(), 400, reply.status());

        Map<String, Object> start = start("bad id!");
        Reply badId = app.rest().post(EDITOR, "/postmortems", start);
        assertEquals(badId.body(), 400, badId.status());
        assertTrue(badId.tree().get("errors").get("requestId").asText().contains("8 to 64"));
        assertEquals(0, app.jira().issueService().created());
    }

    private Map<String, Object> start(String requestId, String... participants) {
        Map<String, Object> start = new HashMap<>();
        start.put("requestId", requestId);
        start.put("incidentKey", "OPS-1");
        start.put("projectKey", "OPS");
        start.put("summary", "Postmortem: Checkout down");
        start.put("facilitator", "editor");
        start.put("participants", List.of(participants));
        start.put("seedTimeline", true);
        return start;
    }

    private DoubleIssue issue(String key) {
        return (DoubleIssue) app.jira().issues().getIssueObject(key);
    }

    private List<Long> postmortemLinksFrom(DoubleIssue postmortem) {
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.POSTMORTEM).orElseThrow();
        return app.jira().links().all().stream()
                .filter(link -> link.sourceId().equals(postmortem.getId()) && link.linkTypeId() == type)
                .map(InMemoryIssueLinkManager.Link::destinationId).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
