package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.PostmortemIssue;

import java.util.List;
import java.util.Optional;

/**
 * The team of a postmortem as Jira has it: the incidents it analyses, its facilitator (the assignee) and its
 * participants (the watchers, who get Jira's notifications).
 *
 * @param editable            whether the reader may change the participants (Edit Issues, and seeing and managing watchers)
 * @param participantsVisible whether the reader may see the watchers (View Voters and Watchers); if not, none are given
 */
public record PostmortemTeam(PostmortemIssue postmortem, boolean editable, List<LinkedIssue> incidents,
                             Optional<Person> facilitator, boolean participantsVisible, List<Person> participants) {
}
