package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Project permissions granted per user and project; anonymous users get what is granted to {@code null}. */
public final class InMemoryPermissionManager implements PermissionManager {
    private static final String ANONYMOUS = "\u0000anonymous";
    private final Map<String, Set<ProjectPermissionKey>> grants = new ConcurrentHashMap<>();
    /** Issues under an issue security level: only these users may see them, whatever the project grants. */
    private final Map<Long, Set<String>> secured = new ConcurrentHashMap<>();
    private final InMemoryProjectManager projects;

    InMemoryPermissionManager(InMemoryProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        Set<String> allowed = secured.get(issue.getId());
        if (allowed != null && (user == null || !allowed.contains(user.getKey()))) {
            return false;
        }
        String project = ((DoubleIssue) issue).projectKey();
        return grants.getOrDefault(grantKey(user, project), Set.of()).contains(permissionKey);
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, com.atlassian.jira.project.Project project, ApplicationUser user) {
        return project != null && grants.getOrDefault(grantKey(user, project.getKey()), Set.of()).contains(permissionKey);
    }

    @Override
    public java.util.Collection<com.atlassian.jira.project.Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return projects.all().stream().filter(project -> hasPermission(permissionKey, project, user)).toList();
    }

    public void grant(ApplicationUser user, String projectKey, ProjectPermissionKey... permissions) {
        grants.merge(grantKey(user, projectKey), Set.of(permissions), (a, b) -> {
            Set<ProjectPermissionKey> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
    }

    /** Puts the issue under a security level that only these users are in, as Jira's issue security does. */
    public void secure(Issue issue, ApplicationUser... allowed) {
        secured.put(issue.getId(), java.util.Arrays.stream(allowed).map(ApplicationUser::getKey).collect(java.util.stream.Collectors.toSet()));
    }

    /** Takes permissions back, as an administrator editing the permission scheme would. */
    public void revoke(ApplicationUser user, String projectKey, ProjectPermissionKey... permissions) {
        grants.computeIfPresent(grantKey(user, projectKey), (key, held) -> {
            Set<ProjectPermissionKey> left = new java.util.HashSet<>(held);
            left.removeAll(Set.of(permissions));
            return Set.copyOf(left);
        });
    }

    private static String grantKey(ApplicationUser user, String projectKey) {
        return (user == null ? ANONYMOUS : user.getKey()) + "@" + projectKey;
    }
}
