package dev.postmortems.jira.domain.timeline;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class PastedTimelineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void aLineThatNamesOneKeyMomentProposesIt() {
        List<PastedLine> lines = PastedTimeline.read("10:00 Error rate detected by the alert\n10:20 Traffic drained, impact MITIGATED\n"
                + "10:40 Fully resolved\n10:05 Impact started when the job ran\n10:30 Nothing special\n"
                + "10:50 Detected late, resolved early", DAY, BERLIN);

        assertEquals(List.of(Optional.of(TimelineTag.DETECTED), Optional.of(TimelineTag.MITIGATED), Optional.of(TimelineTag.RESOLVED),
                        Optional.of(TimelineTag.IMPACT_STARTED), Optional.empty(), Optional.empty()),
                lines.stream().map(line -> line.draft().orElseThrow().tag()).toList());
    }

    @Test
    public void onlyWholeWordsProposeAMoment() {
        assertEquals(Optional.empty(), TimelineTag.proposedFor("undetected drift; unresolvedness"));
    }

    @Test
    public void givenIsoInstantsAndOffsets_thenTheyAreReadExactly() {
        assertReads("2026-11-20T10:53:00Z Switch rebooted", "2026-11-20T10:53:00Z", "Switch rebooted");
        assertReads("2026-11-20T10:53+01:00 — Switch rebooted", "2026-11-20T09:53:00Z", "Switch rebooted");
        assertReads("2026-11-20T10:53:07.250Z: paged", "2026-11-20T10:53:07.250Z", "paged");
    }

    @Test
    public void givenDateTimeWithZoneName_thenTheZoneIsUsed() {
        assertReads("2026-11-20 10:53 UTC DNS failed", "2026-11-20T10:53:00Z", "DNS failed");
        assertReads("2026-11-20 10:53 Europe/Berlin DNS failed", "2026-11-20T09:53:00Z", "DNS failed");
        assertReads("2026-11-20 10:53:30 +05:30 | alert fired", "2026-11-20T05:23:30Z", "alert fired");
    }

    @Test
    public void givenDateTimeWithoutZone_thenTheChosenZoneIsUsed() {
        assertReads("2026-11-20 10:53 Switch rebooted", "2026-11-20T09:53:00Z", "Switch rebooted");
    }

    @Test
    public void givenTimeAlone_thenTheChosenDateAndZoneAreUsed() {
        assertReads("10:53 Max rebooted the switch", "2026-11-20T09:53:00Z", "Max rebooted the switch");
        assertReads("[10:53] max: rebooted the switch", "2026-11-20T09:53:00Z", "max: rebooted the switch");
        assertReads("9:05 - paged on-call", "2026-11-20T08:05:00Z", "paged on-call");
        assertReads("(10:53:07) alert", "2026-11-20T09:53:07Z", "alert");
    }

    @Test
    public void givenAnUpperCaseWordAfterTheTimeThatIsNoZone_thenItStaysInTheText() {
        assertReads("10:53 DNS lookups failed", "2026-11-20T09:53:00Z", "DNS lookups failed");
        assertReads("10:53 CET confirmed", "2026-11-20T09:53:00Z", "confirmed");
    }

    @Test
    public void givenALocalTimeSkippedByDaylightSaving_thenItMovesForwardAsClocksDo() {
        List<PastedLine> lines = PastedTimeline.read("02:30 deploy", LocalDate.of(2026, 3, 29), BERLIN);

        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), lines.get(0).draft().orElseThrow().occurredAt());
    }

    @Test
    public void givenGarbage_thenEachBadLineSaysWhyAndGoodLinesStillCount() {
        List<PastedLine> lines = PastedTimeline.read(String.join("\n",
                "10:53 switch rebooted",
                "",
                "the network was slow",
                "25:61 impossible time",
                "2026-02-30 10:00 impossible date",
                "10:54",
                "1969-12-31T23:00:00Z before the epoch",
                "10:53abc not a time"), DAY, BERLIN);

        assertEquals(7, lines.size());
        assertTrue(lines.get(0).understood());
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 8), lines.stream().map(PastedLine::number).toList());
        assertEquals(Optional.of(TimelineProblem.NO_TIMESTAMP), lines.get(1).problem());
        assertEquals(Optional.of(TimelineProblem.TIME_INVALID), lines.get(2).problem());
        assertEquals(Optional.of(TimelineProblem.TIME_INVALID), lines.get(3).problem());
        assertEquals(Optional.of(TimelineProblem.TEXT_MISSING), lines.get(4).problem());
        assertEquals(Optional.of(TimelineProblem.TIME_OUT_OF_RANGE), lines.get(5).problem());
        assertEquals(Optional.of(TimelineProblem.NO_TIMESTAMP), lines.get(6).problem());
    }

    @Test
    public void givenAnOffsetNoZoneHas_thenTheLineSaysItsTimeIsInvalid() {
        List<PastedLine> lines = PastedTimeline.read("2026-11-20T10:00+25:00 x\n10:55 fine", DAY, BERLIN);

        assertEquals(Optional.of(TimelineProblem.TIME_INVALID), lines.get(0).problem());
        assertTrue(lines.get(1).understood());
    }

    @Test
    public void givenWindowsLineEndingsAndHostileText_thenTextIsKeptAsWritten() {
        List<PastedLine> lines = PastedTimeline.read("10:53 <script>alert(1)</script>\r\n10:54 \u202Eevil 🚒", DAY, BERLIN);

        assertEquals("<script>alert(1)</script>", lines.get(0).draft().orElseThrow().text());
        assertEquals("\u202Eevil 🚒", lines.get(1).draft().orElseThrow().text());
    }

    @Test
    public void givenMoreLinesThanAllowed_thenOnlyTheFirstAreRead() {
        String pasted = "10:00 x\n".repeat(PastedTimeline.MAX_LINES + 5);

        assertEquals(PastedTimeline.MAX_LINES, PastedTimeline.read(pasted, DAY, BERLIN).size());
    }

    @Test
    public void givenNothing_thenNothingIsRead() {
        assertTrue(PastedTimeline.read(null, DAY, BERLIN).isEmpty());
        assertTrue(PastedTimeline.read(" \n\t\n", DAY, BERLIN).isEmpty());
    }

    private static void assertReads(String line, String expectedInstant, String expectedText) {
        List<PastedLine> lines = PastedTimeline.read(line, DAY, BERLIN);
        assertEquals(1, lines.size());
        assertFalse(line + " → " + lines.get(0).problem(), lines.get(0).problem().isPresent());
        TimelineEntryDraft draft = lines.get(0).draft().orElseThrow();
        assertEquals(line, Instant.parse(expectedInstant), draft.occurredAt());
        assertEquals(line, expectedText, draft.text());
    }
}
