package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Whether the logged-in user may edit an issue: Jira's Edit Issues permission. Asked for an action ticket, a review
 * ticket (to judge) and an incident (to waive its postmortem); nobody who is not logged in may.
 */
public final class IssueEditPermission {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    public IssueEditPermission(IssueManager issueManager, PermissionManager permissionManager,
                               JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    public boolean canEdit(long issueId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Issue issue = user == null ? null : issueManager.getIssueObject(issueId);
        return issue != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }
}
