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
    private final InMemoryProjectManager projects;

    InMemoryPermissionManager(InMemoryProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
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
