package dev.postmortems.jira.view.team;

import dev.postmortems.jira.service.Person;
import java.util.List;

/**
 * The team of a postmortem as shown: the incidents it analyses, its facilitator (the assignee) and its participants
 * (the watchers, who get Jira's notifications).
 *
 * @param editable            whether the reader may change the participants (Edit Issues and Manage Watchers)
 * @param facilitator         the facilitator's display name, or {@code ""} when the postmortem has no assignee
 * @param participantsVisible whether the reader may see the watchers (View Voters and Watchers); if not, the
 *                            participants are empty
 */
public record TeamView(String issueKey, boolean editable, List<IssueLinkView> incidents, String facilitator,
                       boolean participantsVisible, List<Person> participants) {
}
