package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only). The issue overload confirmed in 6.3 source and called by an
 * app compiled against 11.3.1. A null user means anonymous.
 */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    /** Confirmed by an 8.8.1 override and an 11.3.1 call. */
    boolean hasPermission(ProjectPermissionKey permissionKey, com.atlassian.jira.project.Project project, ApplicationUser user);

    /** Jira javadoc (latest, PermissionManager): the projects the user has that permission in. */
    java.util.Collection<com.atlassian.jira.project.Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
