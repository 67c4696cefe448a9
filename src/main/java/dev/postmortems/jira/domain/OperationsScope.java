package dev.postmortems.jira.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where *Start postmortem* and *Mark as recurrence of…* are offered, as Jira administrators chose: on every issue,
 * or only on issues of the chosen projects and of the chosen issue types (an empty choice of either means any).
 * Asked on every issue view before anything else, so it decides from the issue's project and type alone.
 *
 * @param projectKeys   project keys, upper case
 * @param issueTypes    issue type names, as Jira spells them
 */
public record OperationsScope(boolean everywhere, Set<String> projectKeys, Set<String> issueTypes) {
    public OperationsScope {
        projectKeys = projectKeys.stream().map(key -> key.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        issueTypes = Set.copyOf(issueTypes);
    }

    /** Every issue: the default. */
    public static OperationsScope onEveryIssue() {
        return new OperationsScope(true, Set.of(), Set.of());
    }

    public boolean covers(String projectKey, String issueTypeName) {
        if (everywhere) {
            return true;
        }
        boolean project = projectKeys.isEmpty() || (projectKey != null && projectKeys.contains(projectKey.toUpperCase(Locale.ROOT)));
        boolean type = issueTypes.isEmpty() || issueTypes.stream().anyMatch(chosen -> chosen.equalsIgnoreCase(issueTypeName));
        return project && type;
    }

    /** A narrowed scope must name at least a project or an issue type; otherwise it would narrow nothing. */
    public boolean isValid() {
        return everywhere || !projectKeys.isEmpty() || !issueTypes.isEmpty();
    }
}
