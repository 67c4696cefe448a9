package dev.postmortems.jira.service.team;

import java.util.List;

/**
 * The team of a postmortem as shown: the incidents it analyses, its facilitator (the assignee) and its participants
 * (the watchers, who get Jira's notifications).
 *
 * @param facilitator the facilitator's display name, or {@code ""} when the postmortem has no assignee
 */
public record TeamView(String issueKey, boolean editable, List<IssueLinkView> incidents, String facilitator,
                       List<Person> participants) {
}
