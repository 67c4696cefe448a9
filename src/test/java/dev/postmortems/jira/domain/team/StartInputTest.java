package dev.postmortems.jira.domain.team;

import org.junit.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertEquals;

public class StartInputTest {
    @Test
    public void aCompleteRequestHasNoProblems() {
        assertEquals(List.of(), input("req-start-0001", "Postmortem: outage", "erin", List.of("olivia")).problems());
    }

    @Test
    public void theIncidentTheSummaryAndTheFacilitatorAreRequired() {
        StartInput input = new StartInput(null, " ", "OPS", "  ", null, null, true, false);

        assertEquals(List.of(StartProblem.INCIDENT_MISSING, StartProblem.SUMMARY_MISSING, StartProblem.FACILITATOR_MISSING),
                input.problems());
    }

    @Test
    public void limitsAreKeptAtTheirEdges() {
        assertEquals(List.of(), input("req-start-0001", "s".repeat(255), "erin", people(100)).problems());
        assertEquals(List.of(StartProblem.SUMMARY_TOO_LONG, StartProblem.TOO_MANY_PARTICIPANTS),
                input("req-start-0001", "s".repeat(256), "erin", people(101)).problems());
    }

    @Test
    public void aReferenceIsEightToSixtyFourLettersDigitsOrHyphens() {
        assertEquals(List.of(), input("a".repeat(8), "s", "erin", List.of()).problems());
        assertEquals(List.of(), input("a".repeat(64), "s", "erin", List.of()).problems());
        for (String bad : List.of("a".repeat(7), "a".repeat(65), "req start 01", "req-<script>")) {
            assertEquals(bad, List.of(StartProblem.REQUEST_ID_INVALID), input(bad, "s", "erin", List.of()).problems());
        }
    }

    @Test
    public void theTeamNamesEachPersonOnceWithoutBlanks() {
        StartInput input = input("req-start-0001", "s", "erin", Arrays.asList(" olivia ", "", null, "vic", "olivia"));

        assertEquals(List.of("olivia", "vic"), input.team());
    }

    private static StartInput input(String requestId, String summary, String facilitator, List<String> participants) {
        return new StartInput(requestId, "OPS-1", "OPS", summary, facilitator, participants, true, false);
    }

    private static List<String> people(int count) {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add("person" + i);
        }
        return people;
    }
}
