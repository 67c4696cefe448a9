package dev.postmortems.jira.service.cause;

import dev.postmortems.jira.domain.cause.RootCauseCategory.CauseComponent;

import java.util.List;

/** Port: the Jira components of a postmortem's project, which a root cause may name with its category. */
public interface ProjectComponents {
    /** The components of the issue's project, by name; none when it has none or Jira cannot list them. */
    List<CauseComponent> ofIssue(long issueId);
}
