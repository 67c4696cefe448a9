package dev.postmortems.jira.rest.action;

import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.jiradouble.InMemoryIssueLinkManager;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Actions end to end: REST, service, the real Jira adapter, and the Jira double's issue service, links and labels. */
public class ActionsResourceTest {
    private static final String REQUEST_1 = "req-0000-0001";
    private static final String REQUEST_2 = "req-0000-0002";
    private static final String REQUEST_3 = "req-0000-0003";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String actions;
    private DoubleUser owner;

    @Before
    public void start() {
        app = rule.fixture();
        actions = "/postmortems/" + app.postmortem().getKey() + "/actions";
        owner = app.user(PostmortemFixture.OWNER);
    }

    @Test
    public void threeActionsBecomeThreeLinkedTicketsWithEverythingTheTeamDecided() throws Exception {
        Reply reply = app.rest().post(EDITOR, actions, List.of(
                action(REQUEST_1, "Add a load test for checkout", "corrective", "olivia", "", "2026-12-15"),
                action(REQUEST_2, "Screen every feature for scale risk", "preventative", "olivia", "DEV", ""),
                action(REQUEST_3, "Alert on lock waits", "corrective", "olivia", "OPS", "2027-01-31")));

        assertEquals(reply.body(), 201, reply.status());
        JsonNode body = reply.tree();
        assertEquals(3, body.get("created").asInt());
        List<DoubleIssue> tickets = tickets(body);
        DoubleIssue first = tickets.get(0);
        assertEquals("Add a load test for checkout", first.getSummary());
        assertEquals("Task", first.getIssueType().getName());
        assertEquals("OPS", first.projectKey());
        assertEquals("Olivia Owner", first.getAssignee().getDisplayName());
        assertEquals("editor", first.reporter().getUsername());
        assertEquals(LocalDate.of(2026, 12, 15), first.dueDay());
        assertEquals(Set.of("postmortem-action", "postmortem-corrective"), first.labels());
        assertTrue(first.getDescription(), first.getDescription().contains("Action from postmortem " + app.postmortem().getKey()));
        assertEquals("DEV", tickets.get(1).projectKey());
        assertEquals(Set.of("postmortem-action", "postmortem-preventative"), tickets.get(1).labels());
        for (DoubleIssue ticket : tickets) {
            assertEquals(1, actionLinksTo(ticket));
        }
        assertEquals(3, app.rest().get(VIEWER, actions).tree().get("actions").size());
    }

    @Test
    public void whenTheSecondCannotBeCreated_theOthersStillAreAndARetryCreatesOnlyTheSecond() throws Exception {
        List<Map<String, Object>> three = List.of(
                action(REQUEST_1, "first", "corrective", "olivia", "OPS", ""),
                action(REQUEST_2, "second", "corrective", "olivia", "LOCKED", ""),
                action(REQUEST_3, "third", "preventative", "olivia", "OPS", ""));

        JsonNode partly = app.rest().post(EDITOR, actions, three).tree();

        assertEquals(2, partly.get("created").asInt());
        JsonNode second = partly.get("results").get(1);
        assertFalse(second.get("created").asBoolean());
        assertEquals("You cannot create issues in project LOCKED.", second.get("errors").get("project").asText());
        assertEquals(2, app.jira().issueService().created());

        app.jira().permissions().grant(app.user(EDITOR), "LOCKED", ProjectPermissions.CREATE_ISSUES);
        JsonNode retried = app.rest().post(EDITOR, actions, three).tree();

        assertEquals(3, retried.get("created").asInt());
        assertEquals(3, app.jira().issueService().created());
        assertEquals(3, app.rest().get(EDITOR, actions).tree().get("actions").size());
        assertEquals(3, app.jira().links().all().size());
    }

    @Test
    public void aRetryAfterAnInterruptionBetweenTicketCreatedAndRecordUpdatedCreatesNothingNew() throws Exception {
        app.jira().issueService().interruptNextCreateAfterTheIssueExists(new IllegalStateException("node stopped"));
        List<Map<String, Object>> one = List.of(action(REQUEST_1, "Add a load test", "corrective", "olivia", "", ""));

        Reply interrupted = app.rest().post(EDITOR, actions, one);
        assertEquals(500, interrupted.status());
        assertEquals(1, app.jira().issueService().created());

        Reply retried = app.rest().post(EDITOR, actions, one);

        assertEquals(201, retried.status());
        assertEquals(1, app.jira().issueService().created());
        assertEquals(1, app.jira().links().all().size());
        DoubleIssue ticket = tickets(retried.tree()).get(0);
        assertEquals(Set.of("postmortem-action", "postmortem-corrective"), ticket.labels());
        assertEquals(1, app.rest().get(EDITOR, actions).tree().get("actions").size());
    }

    @Test
    public void noOwnerOrOneWhoCannotBeAssignedIsA400AndNothingIsCreated() throws Exception {
        Reply missing = app.rest().post(EDITOR, actions, List.of(action(REQUEST_1, "Fix it", "corrective", "", "", "")));
        Reply unassignable = app.rest().post(EDITOR, actions, List.of(action(REQUEST_2, "Fix it", "corrective", "viewer", "", "")));
        Reply unknown = app.rest().post(EDITOR, actions, List.of(action(REQUEST_3, "Fix it", "corrective", "nobody", "", "")));

        assertEquals(400, missing.status());
        assertEquals("Every action needs an owner: choose the person who will do it.", missing.tree().get("errors").get("assignee").asText());
        assertEquals(400, unassignable.status());
        assertEquals("Vic Viewer cannot be assigned issues in project OPS: choose someone who can.",
                unassignable.tree().get("errors").get("assignee").asText());
        assertEquals(400, unknown.status());
        assertEquals("There is no user nobody.", unknown.tree().get("errors").get("assignee").asText());
        assertEquals(0, app.jira().issueService().created());
        assertEquals(0, app.rest().get(EDITOR, actions).tree().get("actions").size());
    }

    @Test
    public void eachBadFieldIsNamed() throws Exception {
        Map<String, Object> bad = action("x", "", "blame", "olivia", "NOPE", "31/12/2026");
        JsonNode errors = app.rest().post(EDITOR, actions, List.of(bad)).tree().get("errors");

        assertTrue(errors.has("summary"));
        assertTrue(errors.has("kind"));
        assertTrue(errors.has("dueDate"));
        assertTrue(errors.has("requestId"));
        assertEquals("There is no project NOPE, or you cannot see it.", errors.get("project").asText());
        assertEquals(400, app.rest().post(EDITOR, actions, List.of()).status());
        assertEquals(415, app.rest().send(EDITOR, "POST", actions, "summary=x", "application/x-www-form-urlencoded").status());
    }

    @Test
    public void readersMayNotAddAndOthersSeeNothing() throws Exception {
        assertEquals(200, app.rest().get(VIEWER, actions).status());
        assertEquals(403, app.rest().post(VIEWER, actions, List.of(action(REQUEST_1, "x", "corrective", "olivia", "", ""))).status());
        assertEquals(404, app.rest().get(OUTSIDER, actions).status());
        assertEquals(404, app.rest().get(ANONYMOUS, actions).status());
    }

    @Test
    public void anExistingTicketWithAnOwnerCanBeAttachedAndRemovedWithoutBeingDeleted() throws Exception {
        DoubleIssue existing = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "Already tracked").assign(owner);
        DoubleIssue unowned = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "Nobody's");

        Reply attached = app.rest().post(EDITOR, actions + "/attach", Map.of("ticketKey", existing.getKey(), "kind", "preventative"));
        Reply refused = app.rest().post(EDITOR, actions + "/attach", Map.of("ticketKey", unowned.getKey(), "kind", "corrective"));

        assertEquals(attached.body(), 201, attached.status());
        assertEquals(Set.of("postmortem-action", "postmortem-preventative"), existing.labels());
        assertEquals(1, actionLinksTo(existing));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("has no assignee"));

        long actionId = attached.tree().get("id").asLong();
        assertEquals(204, app.rest().delete(EDITOR, actions + "/" + actionId).status());
        assertEquals(0, actionLinksTo(existing));
        assertTrue(app.jira().issues().getIssueObject(existing.getKey()) != null);
        assertEquals(0, app.rest().get(EDITOR, actions).tree().get("actions").size());
        assertEquals(404, app.rest().delete(EDITOR, actions + "/" + actionId).status());
    }

    /** Attaching labels and links the ticket, so it needs Jira's Edit Issues on it; a Postmortem is never an action. */
    @Test
    public void givenATicketTheEditorMayNotEditOrAnotherPostmortem_thenAttachingIsRefusedAndNothingChanges() throws Exception {
        DoubleIssue readOnly = app.jira().issues().create("DEV", app.jira().issueTypes().byName("Task"), "Someone else's").assign(owner);
        DoubleIssue otherPostmortem = app.newPostmortem("Postmortem: Search down").assign(owner);

        Reply notEditable = app.rest().post(EDITOR, actions + "/attach", Map.of("ticketKey", readOnly.getKey(), "kind", "corrective"));
        Reply postmortem = app.rest().post(EDITOR, actions + "/attach", Map.of("ticketKey", otherPostmortem.getKey(), "kind", "corrective"));

        assertEquals(notEditable.body(), 400, notEditable.status());
        assertEquals("You may see " + readOnly.getKey() + " but not edit it, so you cannot attach it as an action.",
                notEditable.tree().get("errors").get("ticketKey").asText());
        assertEquals(postmortem.body(), 400, postmortem.status());
        assertEquals("A postmortem cannot be an action of a postmortem.", postmortem.tree().get("errors").get("ticketKey").asText());
        assertEquals(Set.of(), readOnly.labels());
        assertEquals(Set.of(), otherPostmortem.labels());
        assertEquals(0, actionLinksTo(readOnly) + actionLinksTo(otherPostmortem));
    }

    @Test
    public void thePanelShowsEachTicketAsItIsNowInJira() throws Exception {
        JsonNode created = app.rest().post(EDITOR, actions, List.of(
                action(REQUEST_1, "done one", "corrective", "olivia", "", "2020-01-01"),
                action(REQUEST_2, "late one", "corrective", "olivia", "", "2020-01-01"),
                action(REQUEST_3, "unowned one", "preventative", "olivia", "", ""))).tree();
        List<DoubleIssue> tickets = tickets(created);
        tickets.get(0).resolve(true);
        tickets.get(2).assign(null);
        DoubleIssue secret = app.jira().issues().create("SEC", app.jira().issueTypes().byName("Task"), "Secret fix").assign(owner);
        grantAttach(secret);

        JsonNode view = app.rest().get(EDITOR, actions).tree();

        assertEquals("4 actions · 1 done · 1 overdue", view.get("summary").asText());
        JsonNode done = view.get("actions").get(0);
        assertTrue(done.get("done").asBoolean());
        assertFalse(done.get("overdue").asBoolean());
        assertTrue(view.get("actions").get(1).get("overdue").asBoolean());
        assertTrue(view.get("actions").get(2).get("noOwner").asBoolean());
        JsonNode restricted = view.get("actions").get(3);
        assertTrue(restricted.get("restricted").asBoolean());
        assertEquals("", restricted.get("summary").asText());

        app.jira().issues().delete(tickets.get(1));
        InMemoryIssueLinkManager links = app.jira().links();
        links.removeIssueLink(links.all().stream().filter(link -> link.destinationId().equals(tickets.get(2).getId())).findFirst()
                .orElseThrow(), null);
        JsonNode later = app.rest().get(EDITOR, actions).tree();
        assertTrue(later.get("actions").get(1).get("gone").asBoolean());
        assertTrue(later.get("actions").get(2).get("gone").asBoolean());
    }

    @Test
    public void projectAdministratorsSetTheDefaultsThatNewActionsUse() throws Exception {
        String config = "/config/projects/OPS/actions";
        assertEquals(403, app.rest().put(EDITOR, config, Map.of("issueType", "Task", "targetProject", "DEV", "dueInDays", 14)).status());
        assertEquals("Only administrators of project OPS may see and change its postmortem settings.",
                app.rest().get(EDITOR, config).tree().get("errorMessages").get(0).asText());
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);

        Reply saved = app.rest().put(EDITOR, config, Map.of("issueType", "Task", "targetProject", "DEV", "dueInDays", 14));
        assertEquals(200, saved.status());
        assertEquals(400, app.rest().put(EDITOR, config, Map.of("dueInDays", -1)).status());

        JsonNode created = app.rest().post(EDITOR, actions, List.of(action(REQUEST_1, "defaults", "corrective", "olivia", "", ""))).tree();
        DoubleIssue ticket = tickets(created).get(0);
        assertEquals("DEV", ticket.projectKey());
        // Follow-ups count days in Jira's default time zone (UTC in the double), whoever creates them.
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(14), ticket.dueDay());
    }

    @Test
    public void aProjectsDefaultPriorityIsGivenToActionsThatNameNone() throws Exception {
        String config = "/config/projects/OPS/actions";
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
        Reply unknown = app.rest().put(EDITOR, config, Map.of("issueType", "Task", "priority", "42"));
        assertEquals(400, unknown.status());
        assertEquals("Choose one of Jira's priorities.", unknown.tree().get("errors").get("priority").asText());

        assertEquals("1", app.rest().put(EDITOR, config, Map.of("issueType", "Task", "priority", "1")).tree().get("priority").asText());

        JsonNode created = app.rest().post(EDITOR, actions, List.of(action(REQUEST_1, "urgent", "corrective", "olivia", "", ""))).tree();
        assertEquals("1", tickets(created).get(0).priorityId());
    }

    /** Defaults that no ticket could be created with would make every later action of the project fail. */
    @Test
    public void givenAnUnknownIssueTypeOrHugeValues_thenTheDefaultsAreRefusedAndActionsStillWork() throws Exception {
        String config = "/config/projects/OPS/actions";
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
        String huge = "x".repeat(1_000_000);

        Reply unknownType = app.rest().put(EDITOR, config, Map.of("issueType", "Banana"));
        Reply hugeType = app.rest().put(EDITOR, config, Map.of("issueType", huge));
        Reply hugeProject = app.rest().put(EDITOR, config, Map.of("issueType", "task", "targetProject", huge));

        assertEquals(400, unknownType.status());
        assertEquals("There is no issue type Banana for action tickets. Choose a standard issue type, such as Task.",
                unknownType.tree().get("errors").get("issueType").asText());
        assertEquals(400, hugeType.status());
        assertTrue(hugeType.body().length() < 1_000);
        assertEquals(400, hugeProject.status());
        assertTrue(hugeProject.body().length() < 1_000);
        assertEquals("Task", app.rest().get(EDITOR, config).tree().get("issueType").asText());
        Reply saved = app.rest().put(EDITOR, config, Map.of("issueType", "task"));
        assertEquals("Task", saved.tree().get("issueType").asText());

        JsonNode created = app.rest().post(EDITOR, actions, List.of(action(REQUEST_1, "still works", "corrective", "olivia", "", ""))).tree();
        assertEquals(1, tickets(created).size());
    }

    private void grantAttach(DoubleIssue ticket) throws Exception {
        // The editor may not browse SEC, so an admin of the postmortem attaches it as Jira data would have it.
        rule.ao().activeObjects().create(dev.postmortems.jira.store.ActionEntity.class,
                new net.java.ao.DBParam(dev.postmortems.jira.store.ActionEntity.ISSUE_ID, app.postmortem().getId()),
                new net.java.ao.DBParam(dev.postmortems.jira.store.ActionEntity.TICKET_ID, ticket.getId()),
                new net.java.ao.DBParam(dev.postmortems.jira.store.ActionEntity.KIND, "corrective"),
                new net.java.ao.DBParam(dev.postmortems.jira.store.ActionEntity.REQUEST_ID, "req-secret-0001"));
        app.jira().links().createIssueLink(app.postmortem().getId(), ticket.getId(), actionLinkType(), 1L, null);
    }

    private long actionLinkType() {
        return app.bean(InstalledTypes.class).linkTypeId(AppLinkType.ACTION).orElseThrow();
    }

    private long actionLinksTo(DoubleIssue ticket) {
        return app.jira().links().all().stream().filter(link -> link.destinationId().equals(ticket.getId())
                && link.sourceId().equals(app.postmortem().getId()) && link.linkTypeId() == actionLinkType()).count();
    }

    private List<DoubleIssue> tickets(JsonNode body) {
        List<DoubleIssue> tickets = new java.util.ArrayList<>();
        for (JsonNode result : body.get("results")) {
            if (result.get("created").asBoolean()) {
                tickets.add((DoubleIssue) app.jira().issues().getIssueObject(result.get("action").get("key").asText()));
            }
        }
        return tickets;
    }

    private static Map<String, Object> action(String requestId, String summary, String kind, String assignee, String project,
                                              String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("requestId", requestId);
        body.put("summary", summary);
        body.put("kind", kind);
        body.put("assignee", assignee);
        body.put("project", project);
        body.put("dueDate", dueDate);
        return body;
    }
}
