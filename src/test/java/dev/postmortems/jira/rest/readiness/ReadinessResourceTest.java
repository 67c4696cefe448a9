package dev.postmortems.jira.rest.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.service.whys.WhysService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The readiness checklist over REST, as the postmortem fills up through the app and changes in Jira. */
public class ReadinessResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String readiness;
    private String key;

    @Before
    public void start() {
        app = rule.fixture();
        key = app.postmortem().getKey();
        readiness = "/postmortems/" + key + "/readiness";
    }

    @Test
    public void anEmptyPostmortemSaysWhatEachRuleStillNeeds() throws Exception {
        JsonNode view = app.rest().get(VIEWER, readiness).tree();

        assertEquals("0 of 6 ready", view.get("summary").asText());
        assertFalse(view.get("ready").asBoolean());
        assertEquals(List.of("No meeting is scheduled yet: set one in the Team panel.", "Not on the timeline yet: Detected, Resolved.", "No cause yet: add one in the 5 Whys.",
                "No root cause yet.", "No action yet.", "No follow-up review is scheduled yet."), details(view));
    }

    @Test
    public void theChecklistFollowsThePostmortemUntilEverythingIsReady() throws Exception {
        app.as(EDITOR, () -> app.bean(TimelineService.class).add(key, new TimelineInput("2026-11-20T10:00:00Z", "Alert", "detected"), null));
        WhyChain rooted = app.as(EDITOR, () -> app.bean(WhysService.class).add(key, new WhyChainInput("The application went down",
                List.of(new WhyChainInput.WhyStepInput("Why?", "No load test.")), true), null).chain());
        app.as(EDITOR, () -> app.bean(WhysService.class).add(key, new WhyChainInput("Alerts were late",
                List.of(new WhyChainInput.WhyStepInput("Why?", "Thresholds too high.")), false), null).chain());

        JsonNode partway = app.rest().get(VIEWER, readiness).tree();
        assertEquals(List.of("No meeting is scheduled yet: set one in the Team panel.", "Not on the timeline yet: Resolved.", "Without a root cause: Alerts were late.",
                "Not addressed by an action: The application went down.", "No action yet.", "No follow-up review is scheduled yet."),
                details(partway));

        app.as(EDITOR, () -> app.bean(TimelineService.class).add(key, new TimelineInput("2026-11-20T11:00:00Z", "Back", "resolved"), null));
        app.as(EDITOR, () -> {
            app.bean(WhysService.class).delete(key, app.bean(PostmortemSnapshots.class).of(key).chains().get(1).id());
            return null;
        });
        String ticket = addAction(rooted.id());
        app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(key, new ReviewInput("req-review-0001", "2w", null, OWNER)));
        app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.team.MeetingService.class).schedule(key,
                new dev.postmortems.jira.domain.team.MeetingInput(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString(),
                        "10:00", null, "", null)));

        JsonNode ready = app.rest().get(VIEWER, readiness).tree();
        assertTrue(ready.get("ready").asBoolean());
        assertEquals("6 of 6 ready", ready.get("summary").asText());
        assertEquals(List.of("", "", "", "", "", ""), details(ready));

        ((DoubleIssue) app.jira().issues().getIssueObject(ticket)).assign(null); // the owner was removed in Jira
        JsonNode unowned = app.rest().get(VIEWER, readiness).tree();
        assertEquals("Without an owner: " + ticket + ".", details(unowned).get(4));
    }

    /**
     * "Treated" means an action ticket that exists, is still linked to the postmortem and addresses the chain. Once
     * the link is removed in Jira, the Actions panel calls the ticket gone — and the 5 Whys panel and the readiness
     * checklist must agree that the root cause is untreated again.
     */
    @Test
    public void givenTheActionTicketIsUnlinkedInJira_thenEveryPanelSaysTheRootCauseIsUntreated() throws Exception {
        WhyChain rooted = app.as(EDITOR, () -> app.bean(WhysService.class).add(key, new WhyChainInput("The application went down",
                List.of(new WhyChainInput.WhyStepInput("Why?", "No load test.")), true), null).chain());
        String ticket = addAction(rooted.id());
        assertEquals("treated", app.rest().get(VIEWER, "/postmortems/" + key + "/whys").tree().get("chains").get(0).get("status").asText());

        long ticketId = app.jira().issues().getIssueObject(ticket).getId();
        app.jira().links().getOutwardLinks(app.postmortem().getId()).stream()
                .filter(link -> link.getDestinationId().equals(ticketId)).toList()
                .forEach(link -> app.jira().links().removeIssueLink(link, null));

        JsonNode actions = app.rest().get(VIEWER, "/postmortems/" + key + "/actions").tree();
        JsonNode whys = app.rest().get(VIEWER, "/postmortems/" + key + "/whys").tree();
        JsonNode checklist = app.rest().get(VIEWER, readiness).tree();
        assertTrue(actions.get("actions").get(0).get("gone").asBoolean());
        assertEquals("untreated", whys.get("chains").get(0).get("status").asText());
        assertEquals(0, whys.get("chains").get(0).get("actions").size());
        assertEquals("Not addressed by an action: The application went down.", details(checklist).get(3));
    }

    @Test
    public void onlyThoseWhoMayBrowseThePostmortemSeeIt() throws Exception {
        assertEquals(404, app.rest().get(ANONYMOUS, readiness).status());
        assertEquals(404, app.rest().get(OUTSIDER, readiness).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/" + app.incident().getKey() + "/readiness").status());
        assertEquals(200, app.rest().get(VIEWER, readiness).status());
    }

    private String addAction(long chainId) {
        return app.as(EDITOR, () -> app.bean(ActionService.class).add(key, List.of(new ActionInput("req-action-0001",
                "Add a load test", "corrective", OWNER, "", "", "", "", chainId)))).get(0).action().orElseThrow().ticketId()
                .map(id -> app.jira().issues().getIssueObject(id).getKey()).orElseThrow();
    }

    private static List<String> details(JsonNode view) {
        List<String> details = new ArrayList<>();
        view.get("items").forEach(item -> details.add(item.get("detail").asText()));
        return details;
    }
}
