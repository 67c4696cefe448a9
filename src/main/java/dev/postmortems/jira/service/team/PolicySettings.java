package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.PostmortemPolicy;

/** Port: each project's policy — which of its incidents need a postmortem — kept in Jira. */
public interface PolicySettings {
    /** {@link PostmortemPolicy#NONE} until the project's administrators choose. */
    PostmortemPolicy policyFor(String projectKey);

    void save(String projectKey, PostmortemPolicy policy);
}
