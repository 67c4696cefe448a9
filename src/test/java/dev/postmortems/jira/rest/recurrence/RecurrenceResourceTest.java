package dev.postmortems.jira.rest.recurrence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.jira.recurrence.PostmortemRecurredCondition;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class RecurrenceResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private DoubleIssue again;
    private DoubleIssue thirdTime;

    @Before
    public void start() {
        app = rule.fixture();
        again = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Checkout down again")
                .createdAt(Instant.parse("2026-11-25T08:00:00Z"));
        thirdTime = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Bug"), "Checkout down a third time")
                .createdAt(Instant.parse("2026-12-02T09:30:00Z"));
    }

    @Test
    public void anIncidentMarkedAsARecurrenceIsLinkedOnceAndShowsOnThePostmortem() throws Exception {
        Reply marked = mark(EDITOR, again.getKey(), app.postmortem().getKey());
        assertEquals(marked.body(), 201, marked.status());
        assertEquals("/jira/browse/OPS-2", marked.tree().get("url").asText());
        assertEquals(200, mark(EDITOR, again.getKey(), " ops-2 ").status());
        long type = app.bean(InstalledTypes.class).linkTypeId(AppLinkType.RECURRENCE).orElseThrow();
        assertEquals(1, app.jira().links().all().stream().filter(link -> link.linkTypeId() == type).count());

        JsonNode view = app.rest().get(VIEWER, "/postmortems/OPS-2/recurrences").tree();
        assertEquals(1, view.get("count").asInt());
        assertEquals("The problem came back: recurred once — last on 25/Nov/26.", view.get("notice").asText());

        mark(EDITOR, thirdTime.getKey(), "OPS-2");
        JsonNode twice = app.rest().get(VIEWER, "/postmortems/OPS-2/recurrences").tree();
        assertEquals("The problem came back: recurred 2 times — last on 02/Dec/26.", twice.get("notice").asText());
        assertEquals(again.getKey(), twice.get("recurrences").get(0).get("key").asText());
        assertEquals("Checkout down a third time", twice.get("recurrences").get(1).get("summary").asText());
    }

    @Test
    public void theDialogsTextsComeForAnIncidentThePersonMayMark() throws Exception {
        JsonNode form = app.rest().get(EDITOR, "/recurrences/form?incident=" + again.getKey()).tree();
        assertEquals("Mark OPS-3 as a recurrence", form.get("labels").get("title").asText());
        assertEquals(403, app.rest().get(VIEWER, "/recurrences/form?incident=" + again.getKey()).status());
        assertEquals(404, app.rest().get(OUTSIDER, "/recurrences/form?incident=" + again.getKey()).status());
        assertEquals(400, app.rest().get(EDITOR, "/recurrences/form?incident=OPS-2").status());
    }

    @Test
    public void eachWrongMarkIsExplainedAndLinksNothing() throws Exception {
        assertEquals("Name the postmortem whose problem came back, such as OPS-12.", error(mark(EDITOR, again.getKey(), " "), "postmortemKey"));
        assertEquals("There is no postmortem OPS-1, or you do not have permission to see it.",
                error(mark(EDITOR, again.getKey(), "OPS-1"), "postmortemKey"));
        assertEquals("There is no postmortem NOPE-9, or you do not have permission to see it.",
                error(mark(EDITOR, again.getKey(), "NOPE-9"), "postmortemKey"));
        assertEquals("A postmortem is not a recurrence: mark the new incident instead.",
                error(mark(EDITOR, "OPS-2", "OPS-2"), "incidentKey"));
        assertEquals(404, mark(EDITOR, "NOPE-1", "OPS-2").status());
        assertEquals(401, mark(ANONYMOUS, again.getKey(), "OPS-2").status()); // changes are for logged-in users
        assertEquals(404, mark(OUTSIDER, again.getKey(), "OPS-2").status());
        assertEquals(403, mark(VIEWER, again.getKey(), "OPS-2").status());
        assertEquals(415, app.rest().send(EDITOR, "POST", "/recurrences", "incidentKey=OPS-3", "application/x-www-form-urlencoded").status());
        assertEquals(400, app.rest().send(EDITOR, "POST", "/recurrences", "{\"incidentKey\": [", "application/json").status());
        assertEquals(0, app.rest().get(VIEWER, "/postmortems/OPS-2/recurrences").tree().get("count").asInt());
    }

    /** The incident a postmortem analyses, its review and its actions are the same occurrence, not the problem coming back. */
    @Test
    public void givenThePostmortemsOwnIncidentReviewOrAction_thenItIsNoRecurrence() throws Exception {
        DoubleIssue review = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "Follow-up review");
        DoubleIssue action = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "Add a load test");
        link(AppLinkType.POSTMORTEM, app.incident());
        link(AppLinkType.REVIEW, review);
        link(AppLinkType.ACTION, action);

        for (DoubleIssue own : List.of(app.incident(), review, action)) {
            assertEquals(own.getKey() + " is the incident, the review or an action of postmortem OPS-2, so it cannot be a recurrence "
                    + "of it. Mark the new incident in which the problem came back.", error(mark(EDITOR, own.getKey(), "OPS-2"), "incidentKey"));
        }
        assertEquals(201, mark(EDITOR, again.getKey(), "OPS-2").status());
        assertEquals(1, app.rest().get(VIEWER, "/postmortems/OPS-2/recurrences").tree().get("count").asInt());
    }

    @Test
    public void givenNoIncident_thenA400NamesTheField() throws Exception {
        Reply empty = app.rest().post(EDITOR, "/recurrences", java.util.Map.of());

        assertEquals("Name the new incident in which the problem came back, such as OPS-40.", error(empty, "incidentKey"));
    }

    private void link(AppLinkType type, DoubleIssue to) {
        long typeId = app.bean(InstalledTypes.class).linkTypeId(type).orElseThrow();
        app.jira().links().createIssueLink(app.postmortem().getId(), to.getId(), typeId, 1L, null);
    }

    @Test
    public void theNoticeShowsOnlyOnAPostmortemThatRecurred() throws Exception {
        PostmortemRecurredCondition condition = (PostmortemRecurredCondition) app.app().context().getAutowireCapableBeanFactory()
                .autowire(PostmortemRecurredCondition.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        assertFalse(condition.shouldDisplay(Map.of("issue", app.postmortem())));
        long reads = app.jira().links().reads();
        assertFalse(condition.shouldDisplay(Map.of("issue", again)));
        assertEquals("no link is read for an issue that is not a postmortem", reads, app.jira().links().reads());

        mark(EDITOR, again.getKey(), "OPS-2");

        assertTrue(condition.shouldDisplay(Map.of("issue", app.postmortem())));
        assertFalse(condition.shouldDisplay(Map.of("issue", again)));
        assertEquals(404, app.rest().get(OUTSIDER, "/postmortems/OPS-2/recurrences").status());
    }

    private Reply mark(String user, String incident, String postmortem) throws Exception {
        return app.rest().post(user, "/recurrences", Map.of("incidentKey", incident, "postmortemKey", postmortem));
    }

    private static String error(Reply reply, String field) throws Exception {
        assertEquals(reply.body(), 400, reply.status());
        return reply.tree().get("errors").get(field).asText();
    }

}
