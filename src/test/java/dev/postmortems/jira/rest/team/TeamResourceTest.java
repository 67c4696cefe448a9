package dev.postmortems.jira.rest.team;

import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.jiradouble.DoubleUser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
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

/** A postmortem's team over REST: its incidents, its facilitator, and participants kept as Jira watchers. */
public class TeamResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private DoubleIssue postmortem;
    private String team;

    @Before
    public void start() throws Exception {
        app = rule.fixture();
        postmortem = app.postmortem().assign(app.user(OWNER));
        team = "/postmortems/" + postmortem.getKey() + "/team";
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.POSTMORTEM).orElseThrow();
        app.jira().service(IssueLinkManager.class).createIssueLink(postmortem.getId(), app.incident().getId(), type, 1L,
                app.user(EDITOR));
        app.jira().watchers().startWatching(app.user(VIEWER), postmortem);
    }

    @Test
    public void theTeamIsTheIncidentsTheFacilitatorAndTheWatchers() throws Exception {
        Reply reply = app.rest().get(VIEWER, team);

        assertEquals(reply.body(), 200, reply.status());
        JsonNode body = reply.tree();
        assertEquals("OPS-1", body.get("incidents").get(0).get("key").asText());
        assertEquals("Checkout down", body.get("incidents").get(0).get("summary").asText());
        assertEquals("Olivia Owner", body.get("facilitator").asText());
        assertEquals(List.of("viewer"), usernames(body));
        assertFalse(body.get("editable").asBoolean());
        assertTrue(app.rest().get(EDITOR, team).tree().get("editable").asBoolean());
    }

    @Test
    public void anIncidentInAProjectTheReaderCannotSeeIsShownAsRestricted() throws Exception {
        DoubleIssue secret = app.jira().issues().create("LOCKED", app.jira().issueTypes().byName("Bug"), "Payroll leak");
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.POSTMORTEM).orElseThrow();
        app.jira().service(IssueLinkManager.class).createIssueLink(postmortem.getId(), secret.getId(), type, 2L, app.user(EDITOR));

        JsonNode incidents = app.rest().get(VIEWER, team).tree().get("incidents");

        assertEquals(2, incidents.size());
        JsonNode restricted = incidents.get(1);
        assertTrue(restricted.get("restricted").asBoolean());
        assertEquals("", restricted.get("summary").asText());
        assertEquals("", restricted.get("key").asText());
        String body = app.rest().get(VIEWER, team).body();
        assertFalse(body, body.contains("Payroll") || body.contains(secret.getKey()));
    }

    @Test
    public void anEditorMakesTheParticipantsExactlyThoseNamed() throws Exception {
        Reply reply = app.rest().put(EDITOR, team, Map.of("participants", List.of("olivia", "admin"),
                "expected", List.of("viewer")));

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(List.of("admin", "olivia"), usernames(reply.tree()));
        assertEquals(Set.of("olivia", "admin"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void aRepeatedChangeAnswersTheTeamItMadeInsteadOfAConflict() throws Exception {
        Map<String, Object> change = Map.of("participants", List.of("olivia", "admin"), "expected", List.of("viewer"));
        assertEquals(200, app.rest().put(EDITOR, team, change).status());

        Reply repeat = app.rest().put(EDITOR, team, change);

        assertEquals(repeat.body(), 200, repeat.status());
        assertEquals(List.of("admin", "olivia"), usernames(repeat.tree()));
    }

    @Test
    public void aTeamChangedSinceTheEditorLookedIsA409WithTheCurrentTeamAndNothingChanged() throws Exception {
        app.jira().watchers().startWatching(app.user(ADMIN), postmortem); // someone else joined meanwhile

        Reply reply = app.rest().put(EDITOR, team, Map.of("participants", List.of("olivia"), "expected", List.of("viewer")));

        assertEquals(reply.body(), 409, reply.status());
        assertEquals(List.of("admin", "viewer"), usernames(reply.tree().get("current")));
        assertEquals(Set.of("viewer", "admin"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void unknownPeopleAndPeopleWhoCannotSeeTheProjectAreRefusedAndNothingChanges() throws Exception {
        Reply reply = app.rest().put(EDITOR, team, Map.of("participants", List.of("olivia", "outsider", "ghost"),
                "expected", List.of("viewer")));

        assertEquals(reply.body(), 400, reply.status());
        String message = reply.tree().get("errors").get("participants").asText();
        assertTrue(message, message.contains("Olly Outsider cannot see project OPS, so cannot take part."));
        assertTrue(message, message.contains("There is no user ghost."));
        assertEquals(Set.of("viewer"), app.jira().watchers().usernamesWatching(postmortem));
    }

    /** The participants are Jira watchers: Jira's watcher permissions decide who sees and who changes them. */
    @Test
    public void givenNoWatcherPermissions_thenParticipantsAreNeitherShownNorChanged() throws Exception {
        DoubleUser reader = app.jira().users().add(new DoubleUser("u-rita", "rita", "Rita Reader", java.time.ZoneId.of("UTC")));
        DoubleUser editor = app.jira().users().add(new DoubleUser("u-ed", "ed", "Ed Editor", java.time.ZoneId.of("UTC")));
        app.jira().permissions().grant(reader, "OPS", ProjectPermissions.BROWSE_PROJECTS);
        app.jira().permissions().grant(editor, "OPS", ProjectPermissions.BROWSE_PROJECTS, ProjectPermissions.EDIT_ISSUES,
                ProjectPermissions.VIEW_VOTERS_AND_WATCHERS);

        JsonNode seen = app.rest().get("rita", team).tree();
        Reply refused = app.rest().put("ed", team, Map.of("participants", List.of("olivia"), "expected", List.of("viewer")));

        assertFalse(seen.get("participantsVisible").asBoolean());
        assertEquals(0, seen.get("participants").size());
        assertFalse(app.rest().get("ed", team).tree().get("editable").asBoolean());
        assertEquals(refused.body(), 403, refused.status());
        assertEquals("The participants are the postmortem's watchers: changing them needs Jira's Manage Watchers permission "
                + "in its project.", refused.tree().get("errorMessages").get(0).asText());
        assertEquals(Set.of("viewer"), app.jira().watchers().usernamesWatching(postmortem));
    }

    /** A body without the list means nothing, not "nobody": it must not remove every participant. */
    @Test
    public void givenNoParticipantsListOrNoExpectedList_thenNothingChanges() throws Exception {
        Reply empty = app.rest().put(EDITOR, team, Map.of());
        Reply withoutExpected = app.rest().put(EDITOR, team, Map.of("participants", List.of()));

        assertEquals(empty.body(), 400, empty.status());
        assertEquals("Give the list of participants.", empty.tree().get("errors").get("participants").asText());
        assertEquals(withoutExpected.body(), 400, withoutExpected.status());
        assertTrue(withoutExpected.body(), withoutExpected.tree().get("errors").has("expected"));
        assertEquals(Set.of("viewer"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void onlyEditorsChangeTheTeamAndOnlyReadersSeeIt() throws Exception {
        Map<String, Object> change = Map.of("participants", List.of("olivia"), "expected", List.of("viewer"));

        assertEquals(403, app.rest().put(VIEWER, team, change).status());
        assertEquals(404, app.rest().put(OUTSIDER, team, change).status());
        assertEquals(404, app.rest().get(OUTSIDER, team).status());
        assertEquals(404, app.rest().get(ANONYMOUS, team).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/OPS-1/team").status());
        assertEquals(Set.of("viewer"), app.jira().watchers().usernamesWatching(postmortem));
    }

    @Test
    public void aParticipantGivenAccessLaterCanBeAdded() throws Exception {
        app.jira().permissions().grant(app.user(OUTSIDER), "OPS", ProjectPermissions.BROWSE_PROJECTS);

        Reply reply = app.rest().put(EDITOR, team, Map.of("participants", List.of("viewer", "outsider"),
                "expected", List.of("viewer")));

        assertEquals(reply.body(), 200, reply.status());
        assertEquals(Set.of("viewer", "outsider"), app.jira().watchers().usernamesWatching(postmortem));
    }

    private static List<String> usernames(JsonNode team) {
        List<String> usernames = new ArrayList<>();
        team.get("participants").forEach(person -> usernames.add(person.get("username").asText()));
        return usernames;
    }
}
