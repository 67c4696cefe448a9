package dev.postmortems.jira.domain.verdict;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class VerdictInputTest {
    @Test
    public void aKnownVerdictWithShortNotesIsValid() {
        VerdictInput input = new VerdictInput("partly", "  p99 down from 4 s to 900 ms  ", "ignored", null);

        assertEquals(List.of(), input.problems());
        assertEquals(Verdict.PARTLY, input.validVerdict());
        assertEquals("p99 down from 4 s to 900 ms", input.validEvidence());
        assertEquals("", input.validReason()); // only a dropped action keeps a reason
    }

    @Test
    public void anUnknownOrMissingVerdictIsNamed() {
        assertEquals(List.of(VerdictProblem.VERDICT_UNKNOWN), new VerdictInput("great", "", "", null).problems());
        assertEquals(List.of(VerdictProblem.VERDICT_UNKNOWN), new VerdictInput(null, null, null, null).problems());
        assertEquals(List.of(VerdictProblem.VERDICT_UNKNOWN), new VerdictInput("Effective", "", "", null).problems());
    }

    @Test
    public void aDroppedActionNeedsAReason() {
        assertEquals(List.of(VerdictProblem.REASON_MISSING), new VerdictInput("dropped", "", "   ", null).problems());
        assertEquals("The service was retired", new VerdictInput("dropped", "", " The service was retired ", null).validReason());
    }

    @Test
    public void notesLongerThanTenThousandCharactersAreRefused() {
        String long10001 = "x".repeat(VerdictProblem.MAX_TEXT_LENGTH + 1);

        assertEquals(List.of(VerdictProblem.REASON_TOO_LONG, VerdictProblem.EVIDENCE_TOO_LONG),
                new VerdictInput("dropped", long10001, long10001, null).problems());
        assertEquals(List.of(), new VerdictInput("effective", "x".repeat(VerdictProblem.MAX_TEXT_LENGTH), "", null).problems());
    }
}
