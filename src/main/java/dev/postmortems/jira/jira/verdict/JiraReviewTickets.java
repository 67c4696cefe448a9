package dev.postmortems.jira.jira.verdict;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.service.verdict.ReviewTickets;

/** Who may judge at a review: Jira's Edit Issues permission on its ticket, for the logged-in user. */
public final class JiraReviewTickets implements ReviewTickets {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraReviewTickets(IssueManager issueManager, PermissionManager permissionManager,
                             JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public boolean canEdit(long ticketId) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Issue ticket = user == null ? null : issueManager.getIssueObject(ticketId);
        return ticket != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, ticket, user);
    }
}
