package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.TargetProject;

import java.util.List;
import java.util.Optional;

/**
 * What starting a postmortem of an incident may choose from.
 *
 * @param project      the incident's project when it can hold the postmortem, else the first project that can
 * @param projects     the projects where the user may start one: may create issues, and the Postmortem type is offered
 * @param facilitator  the person starting it, proposed as facilitator
 * @param participants the incident's assignee, reporter and watchers who may see the project
 * @param existing     the incident's postmortems the user may see: starting another takes an explicit choice
 */
public record StartChoices(Incident incident, TargetProject project, List<TargetProject> projects, Optional<Person> facilitator,
                           List<Person> participants, List<LinkedIssue> existing, java.time.LocalDate due) {
}
