package dev.postmortems.jira.jira.recurrence;

import dev.postmortems.jira.jira.OperationsScopes;
import dev.postmortems.jira.service.OperationsScopeSettings;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.AppsOwnTickets;
import dev.postmortems.jira.jira.IssueCondition;

/**
 * Offers *Mark as recurrence of…* only to someone who may edit the issue — what marking it asks, as the service
 * checks — where the administrators offer it, and never on the app's own tickets.
 */
public final class MarkRecurrenceCondition extends IssueCondition {
    private final JiraAuthenticationContext authenticationContext;
    private final PermissionManager permissionManager;
    private final AppsOwnTickets appsOwnTickets;
    private final OperationsScopeSettings scope;

    public MarkRecurrenceCondition(JiraAuthenticationContext authenticationContext, PermissionManager permissionManager,
                                   AppsOwnTickets appsOwnTickets, OperationsScopeSettings scope) {
        this.authenticationContext = authenticationContext;
        this.permissionManager = permissionManager;
        this.appsOwnTickets = appsOwnTickets;
        this.scope = scope;
    }

    @Override
    protected boolean shows(Issue issue) {
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return user != null && OperationsScopes.covers(scope, issue)
                && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)
                && !appsOwnTickets.isAppsOwn(issue);
    }
}
