package dev.postmortems.jira.rest.team;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.jira.team.PolicyScanJob;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.team.IncidentNeeds;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Which incidents need a postmortem, end to end: the project's policy (REST, admin-only), the scan after it changed,
 * Jira's issue events, waivers (REST for every role and bad input), a started postmortem, and what the JQL functions'
 * service answers — through the real Spring context, Active Objects and the Jira double.
 */
public class IncidentPolicyResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private DoubleIssue incident;

    @Before
    public void start() {
        app = rule.fixture();
        incident = app.incident().prioritise("1"); // OPS-1, a Bug of Highest priority
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ASSIGNABLE_USER);
    }

    @Test
    public void onlyProjectAdministratorsSetThePolicyFromJirasOwnListsAndABadOneChangesNothing() throws Exception {
        assertEquals(403, app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("Bug"), List.of())).status());
        assertEquals(403, app.rest().get(VIEWER, "/config/projects/OPS/policy").status());
        admin();

        Reply unknown = app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("Bug", "<Outage>"), List.of()));
        assertEquals(unknown.body(), 400, unknown.status());
        assertEquals("Jira has no such choice here: <Outage>.", unknown.tree().get("errors").get("issueTypes").asText());
        Reply ownType = app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("Postmortem"), List.of()));
        assertEquals("a postmortem needs no postmortem", "Jira has no such choice here: Postmortem.",
                ownType.tree().get("errors").get("issueTypes").asText());
        Reply prioritiesAlone = app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of(), List.of("Highest")));
        assertEquals(400, prioritiesAlone.status());
        assertTrue(prioritiesAlone.tree().get("errors").has("issueTypes"));
        assertEquals(0, app.rest().get(EDITOR, "/config/projects/OPS/policy").tree().get("issueTypes").size());
        assertEquals(404, app.rest().get(EDITOR, "/config/projects/NOPE/policy").status());

        Reply saved = app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("bug"), List.of("HIGHEST")));
        assertEquals(saved.body(), 200, saved.status());
        assertEquals("Bug", saved.tree().get("issueTypes").get(0).asText());
        assertEquals("Highest", saved.tree().get("priorities").get(0).asText());
    }

    @Test
    public void aChangedPolicyFindsTheProjectsIncidentsOnceTheScanRanAndAgainHarmlessly() throws Exception {
        DoubleIssue minor = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Typo").prioritise("3");
        admin();
        app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("Bug"), List.of("Highest")));
        assertEquals("found by the scan, not on save", List.of(), needs().withoutPostmortem(Optional.empty()));

        app.jira().scheduler().run(PolicyScanJob.JOB.toString());
        assertEquals(List.of(incident.getId()), needs().withoutPostmortem(Optional.empty()));
        assertEquals(List.of(incident.getId()), needs().withoutPostmortem(Optional.of(incident.getProjectObject().getId())));
        assertEquals(List.of(), needs().withoutPostmortem(Optional.of(app.jira().projects().ensure("DEV").getId())));
        app.jira().scheduler().run(PolicyScanJob.JOB.toString());
        assertEquals(List.of(incident.getId()), needs().withoutPostmortem(Optional.empty()));

        // Jira announces the minor bug became Highest: it needs one too, without another scan; and back.
        minor.prioritise("1");
        app.jira().events().publish(new IssueEvent(minor, EventType.ISSUE_UPDATED_ID));
        assertEquals(List.of(incident.getId(), minor.getId()), needs().withoutPostmortem(Optional.empty()));
        minor.prioritise("3");
        app.jira().events().publish(new IssueEvent(minor, EventType.ISSUE_UPDATED_ID));
        assertEquals(List.of(incident.getId()), needs().withoutPostmortem(Optional.empty()));

        // The policy asks for nothing any more: after its scan, nothing is listed.
        app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of(), List.of()));
        app.jira().scheduler().run(PolicyScanJob.JOB.toString());
        assertEquals(List.of(), needs().withoutPostmortem(Optional.empty()));
    }

    @Test
    public void aWaiverNeedsAReasonAndTheRightToEditTheIncidentAndTheFirstOneStands() throws Exception {
        requireHighestBugs();
        String path = "/incidents/OPS-1/waiver";

        Reply noReason = app.rest().post(EDITOR, path, Map.of("reason", "   "));
        assertEquals(noReason.body(), 400, noReason.status());
        assertEquals("Say why this incident needs no postmortem.", noReason.tree().get("errors").get("reason").asText());
        assertEquals(400, app.rest().post(EDITOR, path, Map.of("reason", "x".repeat(2_001))).status());
        assertEquals(403, app.rest().post(VIEWER, path, Map.of("reason", "Not ours")).status());
        assertEquals(404, app.rest().post(OUTSIDER, path, Map.of("reason", "Not ours")).status());
        int anonymous = app.rest().post(ANONYMOUS, path, Map.of("reason", "Not ours")).status();
        assertTrue("anonymous: " + anonymous, anonymous == 401 || anonymous == 404);
        assertEquals(404, app.rest().post(EDITOR, "/incidents/OPS-999/waiver", Map.of("reason", "Not ours")).status());
        assertEquals("nothing was recorded by a refused request", List.of(), needs().waived(Optional.empty()));

        Reply waived = app.rest().post(EDITOR, path, Map.of("reason", "Customer-side outage; their postmortem covers it"));
        assertEquals(waived.body(), 200, waived.status());
        assertEquals(false, waived.tree().get("needed").asBoolean());
        assertTrue(waived.tree().get("headline").asText().startsWith("No postmortem: waived by "));
        Reply again = app.rest().post(EDITOR, path, Map.of("reason", "A second click"));
        assertEquals(200, again.status());
        assertEquals("Customer-side outage; their postmortem covers it", again.tree().get("reason").asText());
        assertEquals(List.of(incident.getId()), needs().waived(Optional.empty()));
        assertEquals(List.of(), needs().withoutPostmortem(Optional.empty()));

        assertEquals(403, app.rest().delete(VIEWER, path).status());
        Reply withdrawn = app.rest().delete(EDITOR, path);
        assertEquals(withdrawn.body(), 200, withdrawn.status());
        assertEquals(true, withdrawn.tree().get("needed").asBoolean());
        assertEquals(List.of(), needs().waived(Optional.empty()));
        assertEquals(List.of(incident.getId()), needs().withoutPostmortem(Optional.empty()));
    }

    @Test
    public void anIncidentThatNeedsNoPostmortemCannotBeWaivedAndAStartedPostmortemSettlesIt() throws Exception {
        requireHighestBugs();
        Map<String, Object> start = new HashMap<>(Map.of("incidentKey", "OPS-1", "projectKey", "OPS", "requestId", "req-start-0001",
                "summary", "Postmortem: Checkout down", "facilitator", EDITOR, "participants", List.of()));
        Reply started = app.rest().post(EDITOR, "/postmortems", start);
        assertEquals(started.body(), 201, started.status());
        assertEquals(List.of(), needs().withoutPostmortem(Optional.empty()));

        Reply refused = app.rest().post(EDITOR, "/incidents/OPS-1/waiver", Map.of("reason", "Too late"));
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.tree().get("errors").get("reason").asText().startsWith("OPS-1 does not need a postmortem"));
        assertEquals(List.of(), needs().waived(Optional.empty()));
    }

    @Test
    public void aScanThatChangesNothingReadsTwoStatementsPerBatchOfIssues() throws Exception {
        for (int i = 0; i < 1_100; i++) {
            app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Incident " + i).prioritise("1");
        }
        requireHighestBugs();
        assertEquals(1_101, needs().withoutPostmortem(Optional.empty()).size());

        int before = rule.ao().statementsExecuted();
        assertEquals(0, needs().scan("OPS"));
        int issues = app.jira().issues().getIssueIdsForProject(incident.getProjectObject().getId()).size();
        int batches = (issues + 499) / 500;
        assertEquals("the kept records and the started postmortems, one query each per batch of 500", 2 * batches,
                rule.ao().statementsExecuted() - before);
    }

    private void requireHighestBugs() throws Exception {
        admin();
        app.rest().put(EDITOR, "/config/projects/OPS/policy", policy(List.of("Bug"), List.of("Highest")));
        app.jira().scheduler().run(PolicyScanJob.JOB.toString());
        app.jira().permissions().revoke(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
    }

    private void admin() {
        app.jira().permissions().grant(app.user(EDITOR), "OPS", ProjectPermissions.ADMINISTER_PROJECTS);
    }

    private IncidentNeeds needs() {
        return app.bean(IncidentNeeds.class);
    }

    private static Map<String, Object> policy(List<String> issueTypes, List<String> priorities) {
        return Map.of("issueTypes", issueTypes, "priorities", priorities);
    }
}
