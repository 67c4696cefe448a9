package dev.postmortems.jira.rest.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class TimelineResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String timeline;

    @Before
    public void start() throws Exception {
        app = rule.fixture();
        timeline = "/postmortems/" + app.postmortem().getKey() + "/timeline";
    }


    /** A read right after an acknowledged edit must come from the server, never from a browser's or proxy's cache. */
    @Test
    public void readsAreNeverCachedSoAReadAfterAnEditShowsIt() throws Exception {
        long id = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "first", "")).tree().get("id").asLong();
        app.rest().put(EDITOR, timeline + "/" + id, edit("2026-11-20T10:00:00Z", "second", 1));

        Reply read = app.rest().get(VIEWER, timeline);

        assertEquals("second", read.tree().get("entries").get(0).get("text").asText());
        String cacheControl = read.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cacheControl, cacheControl.contains("no-store") && cacheControl.contains("no-cache"));
    }

    @Test
    public void givenEditorAddsAnEntry_thenEveryReaderSeesItInTheirOwnTimeZone() throws Exception {
        Reply added = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:53:00Z", "Max rebooted the switch", "mitigated"));

        assertEquals(201, added.status());
        JsonNode row = added.tree();
        assertEquals("Max rebooted the switch", row.get("text").asText());
        assertEquals("mitigated", row.get("tag").asText());
        assertEquals("Mitigated", row.get("tagLabel").asText());
        assertEquals(1, row.get("revision").asInt());
        assertTrue(row.get("when").asText(), row.get("when").asText().contains("11:53"));
        assertTrue(row.get("when").asText(), row.get("when").asText().endsWith("CET"));

        JsonNode seenByViewer = app.rest().get(VIEWER, timeline).tree();
        assertEquals("America/New_York", seenByViewer.get("timeZone").asText());
        assertFalse(seenByViewer.get("editable").asBoolean());
        JsonNode viewersRow = seenByViewer.get("entries").get(0);
        assertTrue(viewersRow.get("when").asText(), viewersRow.get("when").asText().contains("5:53"));
        assertEquals("2026-11-20T10:53:00Z", viewersRow.get("occurredAt").asText());
        assertEquals("2026-11-20T05:53", viewersRow.get("occurredAtLocal").asText());
    }

    @Test
    public void givenLocalTimeWithoutZone_thenItIsReadInTheCallersZone() throws Exception {
        JsonNode row = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:53", "paged", "")).tree();

        assertEquals("2026-11-20T09:53:00Z", row.get("occurredAt").asText());
    }

    @Test
    public void givenKeyMoments_thenTheTimelineShowsDurationsAndContradictions() throws Exception {
        app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "errors rise", "impact-started"));
        app.rest().post(EDITOR, timeline, entry("2026-11-20T10:12:00Z", "alert fired", "detected"));
        app.rest().post(EDITOR, timeline, entry("2026-11-20T11:30:00Z", "switch rebooted", "resolved"));
        app.rest().post(EDITOR, timeline, entry("2026-11-20T10:20:00Z", "second alert", "detected"));

        JsonNode view = app.rest().get(EDITOR, timeline).tree();

        assertEquals("errors rise", view.get("entries").get(0).get("text").asText());
        assertEquals("Time to detect", view.get("measures").get(0).get("label").asText());
        assertEquals("12 min", view.get("measures").get(0).get("value").asText());
        assertEquals("1 h 30 min", view.get("measures").get(1).get("value").asText());
        assertEquals(1, view.get("warnings").size());
        assertTrue(view.get("warnings").get(0).asText().contains("Detected"));
    }

    @Test
    public void anonymousAndOutsidersCannotTellThePostmortemExists() throws Exception {
        for (String user : new String[] {ANONYMOUS, OUTSIDER}) {
            Reply read = app.rest().get(user, timeline);
            Reply write = app.rest().post(user, timeline, entry("2026-11-20T10:00:00Z", "x", ""));
            Reply missing = app.rest().get(user, "/postmortems/OPS-999/timeline");
            assertEquals(404, read.status());
            assertEquals(user == ANONYMOUS ? 401 : 404, write.status()); // changes are for logged-in users
            assertEquals(read.body(), missing.body());
        }
    }

    @Test
    public void browseOnlyMayReadButNotChange() throws Exception {
        long id = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "x", "")).tree().get("id").asLong();

        assertEquals(200, app.rest().get(VIEWER, timeline).status());
        assertEquals(403, app.rest().post(VIEWER, timeline, entry("2026-11-20T10:00:00Z", "y", "")).status());
        assertEquals(403, app.rest().put(VIEWER, timeline + "/" + id, edit("2026-11-20T10:00:00Z", "y", 1)).status());
        Reply deleted = app.rest().delete(VIEWER, timeline + "/" + id);
        assertEquals(403, deleted.status());
        assertTrue(deleted.map().get("errorMessages").toString().contains("Edit Issues"));
        assertEquals(1, app.rest().get(EDITOR, timeline).tree().get("entries").size());
    }

    @Test
    public void anIssueThatIsNotAPostmortemHasNoTimeline() throws Exception {
        assertEquals(404, app.rest().get(EDITOR, "/postmortems/" + app.incident().getKey() + "/timeline").status());
        assertEquals(404, app.rest().post(EDITOR, "/postmortems/" + app.incident().getKey() + "/timeline",
                entry("2026-11-20T10:00:00Z", "x", "")).status());
    }

    @Test
    public void eachBadInputIsA400NamingTheFieldAndNothingIsSaved() throws Exception {
        assertFieldError(entry("2026-11-20T10:00:00Z", "", ""), "text", "Say what happened.");
        assertFieldError(entry("", "x", ""), "occurredAt", "Say when it happened.");
        assertFieldError(entry("20 Nov, ten-ish", "x", ""), "occurredAt", "not a time that exists");
        assertFieldError(entry("2026-02-30T10:00", "x", ""), "occurredAt", "not a time that exists");
        assertFieldError(entry("2026-11-20T10:00:00Z", "x", "blamed"), "tag", "Choose one of the key moments");
        assertFieldError(entry("2026-11-20T10:00:00Z", "x".repeat(10_001), ""), "text", "10,000 characters");

        Reply empty = app.rest().send(EDITOR, "POST", timeline, "{}", "application/json");
        assertEquals(400, empty.status());
        assertEquals(0, app.rest().get(EDITOR, timeline).tree().get("entries").size());
    }

    @Test
    public void anEntryOfAnotherPostmortemCannotBeChangedThroughThisOne() throws Exception {
        String other = "/postmortems/" + app.newPostmortem("another").getKey() + "/timeline";
        long othersEntry = app.rest().post(EDITOR, other, entry("2026-11-20T10:00:00Z", "theirs", "")).tree().get("id").asLong();

        Reply changed = app.rest().put(EDITOR, timeline + "/" + othersEntry, edit("2026-11-20T10:00:00Z", "mine now", 1));
        Reply deleted = app.rest().delete(EDITOR, timeline + "/" + othersEntry);

        assertEquals(400, changed.status());
        assertTrue(changed.body(), changed.map().get("errors").toString().contains("belongs to another postmortem"));
        assertEquals(400, deleted.status());
        assertEquals("theirs", app.rest().get(EDITOR, other).tree().get("entries").get(0).get("text").asText());
    }

    @Test
    public void givenTwoPeopleEditTheSameEntry_thenTheSecondSaveGets409WithTheCurrentEntry() throws Exception {
        long id = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "original", "")).tree().get("id").asLong();

        Reply first = app.rest().put(EDITOR, timeline + "/" + id, edit("2026-11-20T10:00:00Z", "first correction", 1));
        Reply second = app.rest().put(EDITOR, timeline + "/" + id, edit("2026-11-20T10:00:00Z", "second correction", 1));

        assertEquals(200, first.status());
        assertEquals(2, first.tree().get("revision").asInt());
        assertEquals(409, second.status());
        JsonNode conflict = second.tree();
        assertEquals("first correction", conflict.get("current").get("text").asText());
        assertEquals(2, conflict.get("current").get("revision").asInt());
        assertTrue(conflict.get("errorMessages").get(0).asText().contains("Someone else saved"));
        assertEquals("first correction", app.rest().get(EDITOR, timeline).tree().get("entries").get(0).get("text").asText());
    }

    @Test
    public void anEditWithoutRevisionIsRefusedRatherThanOverwriting() throws Exception {
        long id = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "original", "")).tree().get("id").asLong();

        Reply reply = app.rest().put(EDITOR, timeline + "/" + id, entry("2026-11-20T10:00:00Z", "blind", ""));

        assertEquals(400, reply.status());
        assertTrue(reply.map().get("errors").toString().contains("revision"));
    }

    @Test
    public void deletingRemovesTheEntryAndASecondDeleteIs404() throws Exception {
        long id = app.rest().post(EDITOR, timeline, entry("2026-11-20T10:00:00Z", "mistake", "")).tree().get("id").asLong();

        assertEquals(204, app.rest().delete(EDITOR, timeline + "/" + id).status());
        assertEquals(404, app.rest().delete(EDITOR, timeline + "/" + id).status());
        assertEquals(404, app.rest().put(EDITOR, timeline + "/" + id, edit("2026-11-20T10:00:00Z", "x", 1)).status());
        assertEquals(0, app.rest().get(EDITOR, timeline).tree().get("entries").size());
    }

    @Test
    public void changesSentAsFormsOrPlainTextAreRefused_soOtherSitesCannotForgeThem() throws Exception {
        assertEquals(415, app.rest().send(EDITOR, "POST", timeline, "text=x&occurredAt=2026-11-20T10:00:00Z",
                "application/x-www-form-urlencoded").status());
        assertEquals(415, app.rest().send(EDITOR, "POST", timeline,
                "{\"occurredAt\":\"2026-11-20T10:00:00Z\",\"text\":\"x\"}", "text/plain").status());
        assertEquals(0, app.rest().get(EDITOR, timeline).tree().get("entries").size());
    }

    @Test
    public void malformedJsonIsA400() throws Exception {
        assertEquals(400, app.rest().send(EDITOR, "POST", timeline, "{\"text\": ", "application/json").status());
    }

    @Test
    public void pastePreviewSaysWhatWasUnderstoodAndAddingTakesOnlyThose() throws Exception {
        Map<String, Object> paste = Map.of("text", "10:53 Max rebooted the switch\nno time here\n10:58 traffic recovered",
                "date", "2026-11-20", "zone", "UTC");

        JsonNode preview = app.rest().post(EDITOR, timeline + "/paste/preview", paste).tree();
        assertEquals(2, preview.get("understood").asInt());
        assertEquals(1, preview.get("notUnderstood").asInt());
        assertEquals("The line does not start with a time.", preview.get("lines").get(1).get("problem").asText());
        assertEquals(0, app.rest().get(EDITOR, timeline).tree().get("entries").size());

        Reply added = app.rest().post(EDITOR, timeline + "/paste", paste);
        assertEquals(201, added.status());
        assertEquals(2, added.tree().size());
        JsonNode entries = app.rest().get(EDITOR, timeline).tree().get("entries");
        assertEquals("2026-11-20T10:53:00Z", entries.get(0).get("occurredAt").asText());
        assertEquals("traffic recovered", entries.get(1).get("text").asText());
    }

    @Test
    public void aPasteWithNothingUnderstoodOrBadDateAndZoneIsA400() throws Exception {
        Reply nothing = app.rest().post(EDITOR, timeline + "/paste", Map.of("text", "no times\nat all"));
        Reply badSettings = app.rest().post(EDITOR, timeline + "/paste/preview",
                Map.of("text", "10:00 x", "date", "20/11/2026", "zone", "Mars/Olympus"));

        assertEquals(400, nothing.status());
        assertEquals(400, badSettings.status());
        Map<?, ?> errors = (Map<?, ?>) badSettings.map().get("errors");
        assertTrue(errors.containsKey("date"));
        assertTrue(errors.containsKey("zone"));
        assertEquals(403, app.rest().post(VIEWER, timeline + "/paste/preview", Map.of("text", "10:00 x")).status());
    }

    private void assertFieldError(Map<String, Object> body, String field, String expectedMessagePart) throws Exception {
        Reply reply = app.rest().post(EDITOR, timeline, body);
        assertEquals(reply.body(), 400, reply.status());
        Map<?, ?> errors = (Map<?, ?>) reply.map().get("errors");
        assertTrue(reply.body(), String.valueOf(errors.get(field)).contains(expectedMessagePart));
    }

    @Test
    public void aRepeatedRequestAddsItsEntryOnceAndAnswersTheFirstResult() throws Exception {
        Map<String, Object> body = entry("2026-11-20T10:00:00Z", "Alert fired", "detected");
        body.put("requestId", "req-timeline-0001");

        Reply first = app.rest().post(EDITOR, timeline, body);
        Reply repeat = app.rest().post(EDITOR, timeline, body);

        assertEquals(201, first.status());
        assertEquals(200, repeat.status());
        assertEquals(first.tree().get("id"), repeat.tree().get("id"));
        assertEquals(1, app.rest().get(VIEWER, timeline).tree().get("entries").size());
    }

    @Test
    public void aRepeatedPasteAddsItsLinesOnce() throws Exception {
        Map<String, Object> paste = new HashMap<>();
        paste.put("text", "10:00 Alert fired\n10:05 On-call paged");
        paste.put("date", "2026-11-20");
        paste.put("zone", "UTC");
        paste.put("requestId", "req-paste-0001");

        assertEquals(201, app.rest().post(EDITOR, timeline + "/paste", paste).status());
        Reply repeat = app.rest().post(EDITOR, timeline + "/paste", paste);

        assertEquals(200, repeat.status());
        assertEquals(2, repeat.tree().size());
        assertEquals(2, app.rest().get(VIEWER, timeline).tree().get("entries").size());
    }

    @Test
    public void aMalformedRequestReferenceIsRefusedNamingTheField() throws Exception {
        Map<String, Object> body = entry("2026-11-20T10:00:00Z", "Alert fired", "");
        body.put("requestId", "not a reference!");

        assertFieldError(body, "requestId", "8 to 64");
    }

    private static Map<String, Object> entry(String occurredAt, String text, String tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("occurredAt", occurredAt);
        body.put("text", text);
        body.put("tag", tag);
        return body;
    }

    private static Map<String, Object> edit(String occurredAt, String text, int revision) {
        Map<String, Object> body = entry(occurredAt, text, "");
        body.put("revision", revision);
        return body;
    }
}
