package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.TargetProject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The issue a postmortem analyses, as the current user may see it.
 *
 * @param postmortem whether it is itself a Postmortem (which cannot be started from)
 * @param watchers   the usernames watching it
 * @param priority   the name of its Jira priority, if it has one
 * @param resolved   when Jira resolved it, if it is resolved
 */
public record Incident(long id, String key, String summary, TargetProject project, Instant created, boolean postmortem,
                       Optional<String> assignee, Optional<String> reporter, List<String> watchers, Optional<String> priority,
                       Optional<Instant> resolved) {
}
