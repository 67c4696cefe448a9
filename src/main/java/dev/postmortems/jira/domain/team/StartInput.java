package dev.postmortems.jira.domain.team;

import dev.postmortems.jira.domain.RequestReference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A request to start a postmortem from an incident, as typed in the dialog.
 *
 * @param requestId    made once by the dialog and sent again on a retry, so a retry never starts a second postmortem
 * @param projectKey   blank for the incident's project
 * @param facilitator  the username of the postmortem's owner (its assignee)
 * @param participants usernames of the team, who become watchers
 * @param seedTimeline add the incident's creation time to the timeline as "detected"
 * @param another      the incident already has a postmortem, and a second one is wanted
 */
public record StartInput(String requestId, String incidentKey, String projectKey, String summary, String facilitator,
                         List<String> participants, boolean seedTimeline, boolean another) {

    public List<StartProblem> problems() {
        List<StartProblem> problems = new ArrayList<>();
        if (isBlank(incidentKey)) {
            problems.add(StartProblem.INCIDENT_MISSING);
        }
        if (isBlank(summary)) {
            problems.add(StartProblem.SUMMARY_MISSING);
        } else if (summary.strip().length() > StartProblem.MAX_SUMMARY_LENGTH) {
            problems.add(StartProblem.SUMMARY_TOO_LONG);
        }
        if (isBlank(facilitator)) {
            problems.add(StartProblem.FACILITATOR_MISSING);
        }
        if (team().size() > StartProblem.MAX_PARTICIPANTS) {
            problems.add(StartProblem.TOO_MANY_PARTICIPANTS);
        }
        if (!isBlank(requestId) && !RequestReference.isWellFormed(requestId)) {
            problems.add(StartProblem.REQUEST_ID_INVALID);
        }
        return List.copyOf(problems);
    }

    /** The participants named, each once, blanks left out. */
    public List<String> team() {
        LinkedHashSet<String> team = new LinkedHashSet<>();
        for (String participant : participants == null ? List.<String>of() : participants) {
            if (!isBlank(participant)) {
                team.add(participant.strip());
            }
        }
        return List.copyOf(team);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
