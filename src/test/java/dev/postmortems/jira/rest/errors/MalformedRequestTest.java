package dev.postmortems.jira.rest.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.regex.Pattern;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * Requests no form of the app would send — broken JSON, values of the wrong type, JSON nested thousands deep, a
 * body of many megabytes, an id that is no number — get an answer shaped like Jira's errors that says what was
 * wrong, never a 500, never plain text, and never a name from the app's or a library's code.
 */
public class MalformedRequestTest {
    private static final Pattern CODE_NAMES = Pattern.compile("dev\\.postmortems|com\\.fasterxml|java\\.|jakarta\\.|org\\.glassfish|Exception");

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String postmortem;

    @Before
    public void start() {
        app = rule.fixture();
        postmortem = "/postmortems/" + app.postmortem().getKey();
    }

    @Test
    public void givenBrokenJson_thenA400SaysWhereTheJsonBreaks() throws Exception {
        for (String path : List.of("/timeline", "/whys", "/actions", "/lessons", "/team", "/review", "/blameless-check")) {
            String method = List.of("/lessons", "/team", "/review").contains(path) ? "PUT" : "POST";
            Reply reply = app.rest().send(EDITOR, method, postmortem + path, "{\"text\": \"x\",,}", "application/json");

            JsonNode body = assertJiraStyle(reply, 400);
            assertEquals(path, "The request is not valid JSON (line 1, column 14).", body.get("errorMessages").get(0).asText());
        }
    }

    @Test
    public void givenAValueOfTheWrongType_thenThe400NamesTheField() throws Exception {
        Reply reply = app.rest().send(EDITOR, "PUT", postmortem + "/lessons", "{\"revision\": \"soon\", \"answers\": {}}", "application/json");
        Reply list = app.rest().send(EDITOR, "PUT", postmortem + "/team", "{\"participants\": 7, \"expected\": []}", "application/json");

        assertEquals("This value has the wrong type.", assertJiraStyle(reply, 400).get("errors").get("revision").asText());
        assertEquals("This value has the wrong type.", assertJiraStyle(list, 400).get("errors").get("participants").asText());
    }

    @Test
    public void givenJsonNestedThousandsDeep_thenA400() throws Exception {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        assertJiraStyle(app.rest().send(EDITOR, "POST", postmortem + "/actions", deep, "application/json"), 400);
        for (String path : List.of("/timeline", "/blameless-check", "/whys")) {
            assertJiraStyle(app.rest().send(EDITOR, "POST", postmortem + path, "{\"text\":" + deep + "}", "application/json"), 400);
        }
        assertJiraStyle(app.rest().send(EDITOR, "PUT", postmortem + "/lessons", "{\"revision\": 0, \"answers\": {\"lucky\": "
                + deep + "}}", "application/json"), 400);
    }

    @Test
    public void givenABodyOfManyMegabytes_thenA400BeforeAnythingIsRead() throws Exception {
        String huge = "{\"text\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}";

        Reply reply = app.rest().send(EDITOR, "POST", postmortem + "/blameless-check", huge, "application/json");

        assertEquals("The request is larger than 5 MB.", assertJiraStyle(reply, 400).get("errorMessages").get(0).asText());
    }

    /** PostgreSQL refuses NUL in text, and half a character pair would be stored as "?": refused before anything is stored. */
    @Test
    public void givenANulOrHalfACharacterPairInAnyText_thenA400NamesTheFieldAndNothingIsStored() throws Exception {
        for (String bad : List.of("x\\u0000y", "a\\ud800b")) {
            JsonNode timeline = assertJiraStyle(app.rest().send(EDITOR, "POST", postmortem + "/timeline",
                    "{\"occurredAt\": \"2026-11-20T10:00:00Z\", \"text\": \"" + bad + "\"}", "application/json"), 400);
            JsonNode lessons = assertJiraStyle(app.rest().send(EDITOR, "PUT", postmortem + "/lessons",
                    "{\"revision\": 0, \"answers\": {\"lucky\": \"" + bad + "\"}}", "application/json"), 400);
            JsonNode team = assertJiraStyle(app.rest().send(EDITOR, "PUT", postmortem + "/team",
                    "{\"participants\": [\"olivia\", \"" + bad + "\"], \"expected\": []}", "application/json"), 400);
            JsonNode actions = assertJiraStyle(app.rest().send(EDITOR, "POST", postmortem + "/actions",
                    "[{\"summary\": \"" + bad + "\", \"kind\": \"corrective\", \"assignee\": \"olivia\"}]", "application/json"), 400);

            String message = "This text holds a character that cannot be stored (a NUL character, or half of a character pair). "
                    + "Remove it and try again.";
            assertEquals(message, timeline.get("errors").get("text").asText());
            assertEquals(message, lessons.get("errors").get("lucky").asText());
            assertEquals(message, team.get("errors").get("participants").asText());
            assertEquals(message, actions.get("errors").get("summary").asText());
        }
        assertEquals(0, app.rest().get(EDITOR, postmortem + "/timeline").tree().get("entries").size());
        assertEquals(0, app.rest().get(EDITOR, postmortem + "/lessons").tree().get("revision").asInt());
        assertEquals(0, app.jira().issueService().created());
    }

    @Test
    public void givenAnIdThatIsNoNumberOrAnAddressThatIsNoResource_thenA404SaysSo() throws Exception {
        for (String path : List.of(postmortem + "/timeline/abc", postmortem + "/whys/1e99", postmortem + "/nothing-here")) {
            Reply reply = app.rest().send(EDITOR, "PUT", path, "{}", "application/json");
            assertEquals(path, "There is nothing at this address.", assertJiraStyle(reply, 404).get("errorMessages").get(0).asText());
        }
    }

    @Test
    public void givenAFormOrAWrongMethod_thenTheStatusStaysAndTheBodyIsJiraStyle() throws Exception {
        assertJiraStyle(app.rest().send(EDITOR, "POST", postmortem + "/timeline", "text=x", "application/x-www-form-urlencoded"), 415);
        assertJiraStyle(app.rest().send(EDITOR, "PATCH", postmortem + "/timeline", "{}", "application/json"), 405);
    }

    private static JsonNode assertJiraStyle(Reply reply, int status) throws Exception {
        assertEquals(reply.body(), status, reply.status());
        assertFalse(reply.body(), CODE_NAMES.matcher(reply.body()).find());
        JsonNode body = reply.tree();
        assertTrue(reply.body(), body.has("errorMessages") && body.has("errors"));
        assertTrue(reply.body(), body.get("errorMessages").size() + body.get("errors").size() > 0);
        return body;
    }
}
