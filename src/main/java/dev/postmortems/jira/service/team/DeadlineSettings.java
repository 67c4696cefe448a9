package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.PostmortemDeadlines;

/** Port: each project's deadlines for its postmortems, kept in Jira. */
public interface DeadlineSettings {
    /** {@link PostmortemDeadlines#DEFAULTS} until the project's administrators choose. */
    PostmortemDeadlines deadlinesFor(String projectKey);

    void save(String projectKey, PostmortemDeadlines deadlines);
}
