package dev.postmortems.jira.domain.team;

import java.util.Optional;
import java.util.Set;

/**
 * Which incidents of a project need a postmortem, as its administrators chose: issues of the chosen types, of the
 * chosen priorities (none chosen means any priority). "Whenever a critical problem is encountered in a production
 * environment" — for example Incidents of Highest or High priority. A project without chosen types asks for none.
 *
 * @param issueTypes issue type names, as Jira spells them
 * @param priorities priority names, as Jira spells them; empty for any priority
 */
public record PostmortemPolicy(Set<String> issueTypes, Set<String> priorities) {
    /** Until a project's administrators choose: no incident needs a postmortem. */
    public static final PostmortemPolicy NONE = new PostmortemPolicy(Set.of(), Set.of());

    public PostmortemPolicy {
        issueTypes = Set.copyOf(issueTypes);
        priorities = Set.copyOf(priorities);
    }

    /** Whether the project asks for postmortems at all; asked before anything is read for an issue. */
    public boolean isActive() {
        return !issueTypes.isEmpty();
    }

    /** Whether an issue of this type and priority needs a postmortem (names compared whatever their letter case). */
    public boolean requires(String issueTypeName, Optional<String> priorityName) {
        boolean type = issueTypes.stream().anyMatch(chosen -> chosen.equalsIgnoreCase(issueTypeName));
        boolean priority = priorities.isEmpty()
                || priorityName.filter(name -> priorities.stream().anyMatch(chosen -> chosen.equalsIgnoreCase(name))).isPresent();
        return type && priority;
    }
}
