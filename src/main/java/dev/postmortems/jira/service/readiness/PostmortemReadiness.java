package dev.postmortems.jira.service.readiness;

import dev.postmortems.jira.domain.readiness.Readiness;
import dev.postmortems.jira.service.PostmortemIssue;

/** A postmortem's readiness checklist as it stands now. */
public record PostmortemReadiness(PostmortemIssue postmortem, Readiness readiness) {
}
