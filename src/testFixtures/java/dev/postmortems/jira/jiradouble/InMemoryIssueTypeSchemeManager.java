package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Every project's scheme offers every issue type, until a test takes one out of a project's scheme. */
public final class InMemoryIssueTypeSchemeManager implements IssueTypeSchemeManager {
    private final InMemoryIssueTypeManager issueTypes;
    private final Map<String, Set<String>> withheld = new ConcurrentHashMap<>();

    InMemoryIssueTypeSchemeManager(InMemoryIssueTypeManager issueTypes) {
        this.issueTypes = issueTypes;
    }

    @Override
    public Collection<IssueType> getIssueTypesForProject(Project project) {
        Set<String> names = withheld.getOrDefault(project.getKey(), Set.of());
        return issueTypes.getIssueTypes().stream().filter(type -> !names.contains(type.getName())).toList();
    }

    /** The project's scheme no longer offers the issue type of that name. */
    public void withhold(String projectKey, String issueTypeName) {
        withheld.merge(projectKey, Set.of(issueTypeName), (a, b) -> {
            Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
    }
}
