package dev.postmortems.jira.rest.team;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The postmortem meeting over REST for every role and bad input, and its invitation read back by a real iCalendar
 * parser (biweekly): times in UTC, the organiser's zone named, hostile text kept inside its property, the same UID
 * with a higher sequence for an update.
 */
public class MeetingResourceTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final String day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3).toString();
    private PostmortemFixture app;
    private String path;

    @Before
    public void start() {
        app = rule.fixture();
        path = "/postmortems/" + app.postmortem().getKey() + "/meeting";
    }

    @Test
    public void editorsSetTheMeetingInTheirZoneReadersSeeItOthersAreToldNothing() throws Exception {
        Reply none = app.rest().get(VIEWER, path);
        assertEquals(none.body(), 200, none.status());
        assertFalse(none.tree().get("scheduled").asBoolean());
        assertEquals(404, app.rest().get(OUTSIDER, path).status());
        assertEquals(404, app.rest().download(EDITOR, path + "/invitation.ics").status());
        assertEquals(404, app.rest().download(OUTSIDER, path + "/invitation.ics").status());

        assertEquals(403, app.rest().put(VIEWER, path, meeting("14:30", null, "Room 4", null)).status());
        Reply saved = app.rest().put(EDITOR, path, meeting("14:30", null, "Room 4", null));
        assertEquals(saved.body(), 200, saved.status());
        assertEquals(0, saved.tree().get("sequence").asInt());
        assertEquals(60, saved.tree().get("minutes").asInt());
        assertEquals("the editor reads it as written, in Berlin", "14:30", saved.tree().get("time").asText());

        Reply read = app.rest().get(VIEWER, path); // the viewer reads in New York: six hours earlier
        assertEquals("08:30", read.tree().get("time").asText());
        assertEquals("Room 4", read.tree().get("place").asText());
        assertTrue(read.tree().get("scheduled").asBoolean());
        assertFalse(read.tree().get("editable").asBoolean());
    }

    @Test
    public void badInputIsRefusedByFieldAStaleChangeShowsTheCurrentMeetingAndARepeatChangesNothing() throws Exception {
        Reply bad = app.rest().put(EDITOR, path, meeting("25:00", 5, "x".repeat(501), null));
        assertEquals(bad.body(), 400, bad.status());
        assertEquals("Write the day as 2026-12-04 and the time as 14:30.", bad.tree().get("errors").get("time").asText());
        assertEquals("A meeting lasts 15 to 480 minutes.", bad.tree().get("errors").get("minutes").asText());
        assertTrue(bad.tree().get("errors").has("place"));
        assertEquals(400, app.rest().send(EDITOR, "PUT", path, "{\"date\": [", "application/json").status());
        assertFalse(app.rest().get(EDITOR, path).tree().get("scheduled").asBoolean());

        assertEquals(200, app.rest().put(EDITOR, path, meeting("14:30", 60, "Room 4", null)).status());
        Reply again = app.rest().put(EDITOR, path, meeting("14:30", 60, "Room 4", null)); // a double click
        assertEquals(again.body(), 200, again.status());
        assertEquals(0, again.tree().get("sequence").asInt());

        Reply moved = app.rest().put(EDITOR, path, meeting("16:00", 90, "Room 5", 0));
        assertEquals(1, moved.tree().get("sequence").asInt());
        Reply stale = app.rest().put(EDITOR, path, meeting("10:00", 60, "Room 1", 0)); // opened before the move
        assertEquals(stale.body(), 409, stale.status());
        assertEquals("16:00", stale.tree().get("current").get("time").asText());
        assertEquals("Room 5", app.rest().get(EDITOR, path).tree().get("place").asText());
    }

    @Test
    public void theInvitationIsACorrectICalendarFileWhoseTextCannotBreakOutAndWhoseUpdateKeepsItsUid() throws Exception {
        String hostile = PanelRendering.HOSTILE + "\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected;x=1,\\";
        app.rest().put(EDITOR, path, meeting("14:30", 90, hostile, null));

        Reply file = app.rest().download(VIEWER, path + "/invitation.ics");
        assertEquals(file.body(), 200, file.status());
        assertTrue(file.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertEquals("attachment; filename=\"" + app.postmortem().getKey() + "-meeting.ics\"",
                file.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("no line of the file starts an event but the real one", 1, file.body().lines()
                .filter(line -> line.startsWith("BEGIN:VEVENT")).count());
        // Folded by the library at 75 characters (RFC 5545 says octets, as a SHOULD; every parser unfolds any length).
        assertTrue("long lines are folded", file.body().lines().allMatch(line -> line.length() <= 75));
        assertTrue(file.body().lines().anyMatch(line -> line.startsWith(" ")));

        ICalendar calendar = Biweekly.parse(file.body()).first();
        assertEquals(1, calendar.getEvents().size());
        VEvent event = calendar.getEvents().get(0);
        assertEquals(hostile.strip(), event.getLocation().getValue());
        assertEquals("Postmortem: Checkout down", event.getSummary().getValue());
        assertEquals(ZonedDateTime.of(LocalDate.parse(day), java.time.LocalTime.of(14, 30), ZoneId.of("Europe/Berlin")).toInstant(),
                event.getDateStart().getValue().toInstant());
        assertEquals(90L * 60_000, event.getDateEnd().getValue().getTime() - event.getDateStart().getValue().getTime());
        assertTrue("times in UTC", file.body().contains("DTSTART:" + day.replace("-", "")));
        assertEquals("Europe/Berlin", calendar.getExperimentalProperty("X-WR-TIMEZONE").getValue());
        assertTrue(event.getUrl().getValue().endsWith("/browse/" + app.postmortem().getKey()));
        assertEquals(Integer.valueOf(0), event.getSequence().getValue());
        String uid = event.getUid().getValue();

        app.rest().put(EDITOR, path, meeting("15:00", 60, "Room 5", 0));
        VEvent updated = Biweekly.parse(app.rest().download(EDITOR, path + "/invitation.ics").body()).first().getEvents().get(0);
        assertEquals(uid, updated.getUid().getValue());
        assertEquals(Integer.valueOf(1), updated.getSequence().getValue());
        assertEquals("Room 5", updated.getLocation().getValue());
    }

    private Map<String, Object> meeting(String time, Integer minutes, String place, Integer sequence) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", day);
        body.put("time", time);
        body.put("minutes", minutes);
        body.put("place", place);
        body.put("sequence", sequence);
        return body;
    }
}
