package dev.postmortems.jira.rest.lessons;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.permission.ProjectPermissions;
import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LessonsResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String lessons;

    @Before
    public void start() {
        app = rule.fixture();
        lessons = "/postmortems/" + app.postmortem().getKey() + "/lessons";
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
    }

    @Test
    public void theFiveQuestionsComeBackInOrderAndAreSavedTogether() throws Exception {
        JsonNode empty = app.rest().get(VIEWER, lessons).tree();
        assertEquals(List.of("What went wrong?", "What went right?", "Where were we lucky?", "Where were we unlucky?",
                "What could have prevented it?"), texts(empty.get("questions"), "question"));
        assertEquals("0 of 5 questions answered", empty.get("summary").asText());
        assertEquals(0, empty.get("revision").asInt());

        Reply saved = app.rest().put(EDITOR, lessons, body(0, Map.of("went-wrong", "Writes were not load tested.",
                "went-right", "The alert fired within a minute.\nRollback took two minutes.", "lucky", "It was a quiet day.")));
        assertEquals(saved.body(), 200, saved.status());
        JsonNode view = app.rest().get(VIEWER, lessons).tree();
        assertEquals(1, view.get("revision").asInt());
        assertEquals("3 of 5 questions answered", view.get("summary").asText());
        assertEquals(List.of("Writes were not load tested.", "The alert fired within a minute.\nRollback took two minutes.",
                "It was a quiet day.", "", ""), texts(view.get("questions"), "answer"));
        assertFalse(view.get("editable").asBoolean());
        assertTrue(app.rest().get(EDITOR, lessons).tree().get("editable").asBoolean());
    }

    @Test
    public void namesAndBlamingPhrasesAreMarkedButNeverBlockTheSave() throws Exception {
        Reply saved = app.rest().put(EDITOR, lessons, body(0, Map.of("went-wrong", "Max Müller forgot to renew the certificate.")));

        assertEquals(200, saved.status());
        JsonNode answer = saved.tree().get("questions").get(0);
        List<String> marked = new ArrayList<>();
        answer.get("answerParts").forEach(part -> {
            if (!part.get("finding").asText().isEmpty()) {
                marked.add(part.get("text").asText() + "=" + part.get("finding").asText());
            }
        });
        assertEquals(List.of("Max Müller=person", "forgot to=phrase"), marked);
        assertTrue(saved.tree().get("blameFound").asBoolean());
    }

    @Test
    public void readersMayReadEditorsMayChangeOthersSeeNothing() throws Exception {
        assertEquals(404, app.rest().get(ANONYMOUS, lessons).status());
        assertEquals(404, app.rest().get(OUTSIDER, lessons).status());
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/" + app.incident().getKey() + "/lessons").status());
        assertEquals(404, app.rest().put(OUTSIDER, lessons, body(0, Map.of("lucky", "x"))).status());
        Reply refused = app.rest().put(VIEWER, lessons, body(0, Map.of("lucky", "x")));
        assertEquals(403, refused.status());
        assertEquals(0, app.rest().get(VIEWER, lessons).tree().get("revision").asInt());
    }

    @Test
    public void eachBadInputIsA400NamingTheFieldAndSavesNothing() throws Exception {
        assertEquals("Answer only the five questions: went-wrong, went-right, lucky, unlucky and prevention.",
                error(app.rest().put(EDITOR, lessons, body(0, Map.of("who-did-it", "Max"))), "answers"));
        assertEquals("An answer is at most 10,000 characters long.",
                error(app.rest().put(EDITOR, lessons, body(0, Map.of("lucky", "x".repeat(10_001)))), "lucky"));
        assertEquals("Send the answers to save, as \"answers\": an object of question and answer.",
                error(app.rest().put(EDITOR, lessons, Map.of("revision", 0)), "answers"));
        assertEquals("Say which revision you are changing, so that newer changes are not overwritten.",
                error(app.rest().put(EDITOR, lessons, Map.of("answers", Map.of("lucky", "x"))), "revision"));
        assertEquals(400, app.rest().send(EDITOR, "PUT", lessons, "{\"answers\": [", "application/json").status());
        assertEquals(415, app.rest().send(EDITOR, "PUT", lessons, "answers=x", "application/x-www-form-urlencoded").status());
        assertEquals(0, app.rest().get(VIEWER, lessons).tree().get("revision").asInt());
    }

    @Test
    public void aSaveOnAnOlderRevisionGets409WithTheCurrentAnswers() throws Exception {
        app.rest().put(EDITOR, lessons, body(0, Map.of("lucky", "First writer.")));

        Reply stale = app.rest().put(EDITOR, lessons, body(0, Map.of("lucky", "Second writer, unaware.")));
        assertEquals(409, stale.status());
        JsonNode current = stale.tree().get("current");
        assertEquals(1, current.get("revision").asInt());
        assertEquals("First writer.", current.get("questions").get(2).get("answer").asText());
        assertEquals(200, app.rest().put(EDITOR, lessons, body(1, Map.of("lucky", "Second writer, having read it."))).status());
    }

    @Test
    public void aRepeatedSaveAnswersTheSavedAnswersInsteadOfAConflict() throws Exception {
        Map<String, Object> save = body(0, Map.of("lucky", "The alert fired within a minute."));
        assertEquals(200, app.rest().put(EDITOR, lessons, save).status());

        Reply repeat = app.rest().put(EDITOR, lessons, save);

        assertEquals(repeat.body(), 200, repeat.status());
        assertEquals(1, repeat.tree().get("revision").asInt()); // saved once
        assertEquals("The alert fired within a minute.", repeat.tree().get("questions").get(2).get("answer").asText());
    }

    @Test
    public void deletingThePostmortemDeletesItsAnswers() throws Exception {
        app.rest().put(EDITOR, lessons, body(0, Map.of("lucky", "Kept until the issue goes.")));

        app.jira().events().publish(new IssueEvent(app.postmortem(), EventType.ISSUE_DELETED_ID));

        assertEquals(0, rule.ao().entityManager().count(dev.postmortems.jira.store.LessonsEntity.class));
    }

    private static Map<String, Object> body(int revision, Map<String, String> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        body.put("answers", answers);
        return body;
    }

    private static String error(Reply reply, String field) throws Exception {
        assertEquals(reply.body(), 400, reply.status());
        return reply.tree().get("errors").get(field).asText();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }
}
