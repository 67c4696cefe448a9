package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.PostmortemIssue;

import java.util.List;

/** A postmortem's why-chains, with its actions so each root cause can show what addresses it. */
public record PostmortemWhys(PostmortemIssue postmortem, List<WhyChain> chains, List<ActionRecord> actions) {
}
