package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.PostmortemIssue;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A postmortem's actions with the live state of their tickets.
 *
 * @param states tickets as Jira has them now; a deleted ticket is missing
 * @param linked the tickets still linked to the postmortem as its actions
 * @param chains     the postmortem's why-chains, for naming the root cause an action addresses
 * @param priorities   Jira's priorities (id, name), for the form that adds actions
 * @param projectAdmin whether the reader administers the postmortem's project
 */
public record PostmortemActions(PostmortemIssue postmortem, TargetProject project, List<ActionRecord> actions,
                                Map<Long, TicketState> states, Set<Long> linked, List<WhyChain> chains,
                                List<Map.Entry<String, String>> priorities, boolean projectAdmin) {
}
