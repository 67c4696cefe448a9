package dev.postmortems.jira.jira;

import dev.postmortems.jira.service.Person;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;

import java.util.Optional;

/** Jira's projects: found for the logged-in user, and who may do what in them (also what the other adapters use). */
public final class JiraProjects implements Projects {
    private final ProjectManager projectManager;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;

    public JiraProjects(ProjectManager projectManager, IssueManager issueManager, PermissionManager permissionManager,
                        JiraAuthenticationContext authenticationContext, UserManager userManager) {
        this.projectManager = projectManager;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
    }

    @Override
    public Optional<TargetProject> project(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectByCurrentKey(projectKey.strip());
        return project == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project,
                authenticationContext.getLoggedInUser()) ? Optional.empty() : Optional.of(target(project));
    }

    @Override
    public Optional<TargetProject> projectOf(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue == null || issue.getProjectObject() == null ? Optional.empty() : Optional.of(target(issue.getProjectObject()));
    }

    @Override
    public java.util.List<TargetProject> browsable() {
        return permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, authenticationContext.getLoggedInUser()).stream()
                .map(JiraProjects::target).sorted(java.util.Comparator.comparing(TargetProject::key)).toList();
    }

    @Override
    public boolean canCreateIn(TargetProject project) {
        return currentUserMay(ProjectPermissions.CREATE_ISSUES, project);
    }

    @Override
    public boolean canAdminister(TargetProject project) {
        return currentUserMay(ProjectPermissions.ADMINISTER_PROJECTS, project);
    }

    @Override
    public boolean isAssignable(String username, TargetProject project) {
        return userMay(username, ProjectPermissions.ASSIGNABLE_USER, project);
    }

    @Override
    public boolean canBrowse(String username, TargetProject project) {
        return userMay(username, ProjectPermissions.BROWSE_PROJECTS, project);
    }

    /** Whether the logged-in user has that permission in the project. */
    public boolean currentUserMay(ProjectPermissionKey permission, TargetProject project) {
        return permissionManager.hasPermission(permission, jiraProject(project), authenticationContext.getLoggedInUser());
    }

    @Override
    public Optional<Person> person(String username) {
        return Optional.ofNullable(username == null ? null : userManager.getUserByName(username.strip()))
                .map(user -> new Person(user.getUsername(), user.getDisplayName()));
    }

    /** Whether a user with that username exists and has that permission in the project. */
    public boolean userMay(String username, ProjectPermissionKey permission, TargetProject project) {
        ApplicationUser user = userManager.getUserByName(username);
        return user != null && permissionManager.hasPermission(permission, jiraProject(project), user);
    }

    public Project jiraProject(TargetProject project) {
        return projectManager.getProjectObj(project.id());
    }

    public static TargetProject target(Project project) {
        return new TargetProject(project.getId(), project.getKey(), project.getName());
    }
}
