package dev.postmortems.jira.service.team;

import java.util.Optional;

/** What a project's policy looks at on an issue: its project, type and priority (names as Jira spells them). */
public record IncidentFacts(long id, long projectId, String projectKey, String issueType, Optional<String> priority) {
}
