package dev.postmortems.jira.domain.team;

import org.junit.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** A meeting as a person asks for it: read in their zone, with every problem named at once. */
public class MeetingInputTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    public void aDayAndTimeAreReadInThePersonsZoneAndAnHourIsTheDefaultLength() {
        MeetingInput input = new MeetingInput("2026-12-04", "14:30", null, "  Room 4 / https://meet.example/pm  ", null);
        assertEquals(List.of(), input.problems(BERLIN, NOW));
        assertEquals(Optional.of(Instant.parse("2026-12-04T13:30:00Z")), input.startsAt(BERLIN));
        assertEquals(60, input.length());
        assertEquals("Room 4 / https://meet.example/pm", input.placeText());
        // Summer time: the same wall-clock time is another instant.
        assertEquals(Optional.of(Instant.parse("2027-06-04T12:30:00Z")), new MeetingInput("2027-06-04", "14:30", 30, "", 0).startsAt(BERLIN));
    }

    @Test
    public void everyProblemIsNamedWithItsField() {
        assertEquals(List.of(new MeetingInput.Problem("date", "date-required")),
                new MeetingInput(null, "14:30", 60, "", null).problems(BERLIN, NOW));
        assertEquals(List.of(new MeetingInput.Problem("time", "time-required")),
                new MeetingInput("2026-12-04", " ", 60, "", null).problems(BERLIN, NOW));
        assertEquals(List.of(new MeetingInput.Problem("date", "unreadable")),
                new MeetingInput("4.12.2026", "14:30", 60, "", null).problems(BERLIN, NOW));
        assertEquals(List.of(new MeetingInput.Problem("time", "unreadable")),
                new MeetingInput("2026-12-04", "25:61", 60, "", null).problems(BERLIN, NOW));
        assertEquals(List.of(new MeetingInput.Problem("date", "out-of-range"), new MeetingInput.Problem("minutes", "minutes-out-of-range"),
                new MeetingInput.Problem("place", "place-too-long")),
                new MeetingInput("2031-01-01", "09:00", 5, "x".repeat(MeetingInput.MAX_PLACE + 1), null).problems(BERLIN, NOW));
        assertEquals(List.of(new MeetingInput.Problem("minutes", "minutes-out-of-range")),
                new MeetingInput("2026-12-04", "09:00", 481, "", null).problems(BERLIN, NOW));
        assertEquals(List.of(), new MeetingInput("2026-11-30", "09:00", 480, "x".repeat(MeetingInput.MAX_PLACE), null)
                .problems(BERLIN, NOW));
    }
}
