package dev.postmortems.jira.view.team;

import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Person;

import java.util.List;
import java.util.Map;

/**
 * What the Start postmortem dialog proposes for an incident.
 *
 * @param projectKey   the incident's project when it can hold the postmortem, else the first project that can
 * @param projects     the projects where the user may start a postmortem: may create issues, and the Postmortem type is offered
 * @param notOffered   when no project can hold it: how an admin enables it; empty otherwise
 * @param existing     the incident's postmortems: starting another takes an explicit choice
 * @param labels       the dialog's texts in the user's language (the operation's link cannot carry them)
 * @param due          the due date the postmortem will get, ISO; {@code dueText} says it, and why, in words
 */
public record StartForm(String incidentKey, String incidentSummary, String projectKey, List<TargetProject> projects,
                        String summary, Person facilitator, List<Person> participants, List<IssueLinkView> existing, String notOffered,
                        Map<String, String> labels, String due, String dueText) {
}
