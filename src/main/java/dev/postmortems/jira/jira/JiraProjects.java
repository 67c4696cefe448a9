package dev.postmortems.jira.jira;

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
import dev.postmortems.jira.service.TargetProject;

import java.util.Optional;

/** Jira's projects as the app's adapters need them: found for the logged-in user, and who may do what in them. */
public final class JiraProjects {
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

    /** The project with that key; one the logged-in user may not browse is answered like one that does not exist. */
    public Optional<TargetProject> browsable(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectByCurrentKey(projectKey);
        return project == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project,
                authenticationContext.getLoggedInUser()) ? Optional.empty() : Optional.of(target(project));
    }

    /** The project an issue is in, whoever asks. */
    public Optional<TargetProject> of(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue == null || issue.getProjectObject() == null ? Optional.empty() : Optional.of(target(issue.getProjectObject()));
    }

    /** Whether the logged-in user has that permission in the project. */
    public boolean currentUserMay(ProjectPermissionKey permission, TargetProject project) {
        return permissionManager.hasPermission(permission, jiraProject(project), authenticationContext.getLoggedInUser());
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
