package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.PostmortemIssue;

import java.util.List;
import java.util.Set;

/**
 * A postmortem's why-chains, with its actions so each root cause can show what addresses it.
 *
 * @param linkedTickets the tickets linked to the postmortem as its actions: only those still treat a root cause
 */
public record PostmortemWhys(PostmortemIssue postmortem, List<WhyChain> chains, List<ActionRecord> actions, Set<Long> linkedTickets) {
}
