package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.PostmortemAccess;
import dev.postmortems.jira.service.PostmortemIssue;

import java.util.Optional;

/** Finds Postmortem issues through Jira, with Jira's Browse and Edit permissions for the logged-in user. */
public final class JiraPostmortemAccess implements PostmortemAccess {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final InstalledTypes installedTypes;

    public JiraPostmortemAccess(IssueManager issueManager, PermissionManager permissionManager,
                                JiraAuthenticationContext authenticationContext, InstalledTypes installedTypes) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.installedTypes = installedTypes;
    }

    @Override
    public Optional<PostmortemIssue> find(String issueKey) {
        return issueKey == null || issueKey.isBlank() ? Optional.empty() : visible(issueManager.getIssueObject(issueKey.trim()));
    }

    @Override
    public Optional<PostmortemIssue> find(long issueId) {
        return visible(issueManager.getIssueObject(issueId));
    }

    private Optional<PostmortemIssue> visible(Issue issue) {
        if (!installedTypes.isPostmortem(issue)) {
            return Optional.empty();
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (!permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        boolean editable = user != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
        return Optional.of(new PostmortemIssue(issue.getId(), issue.getKey(), editable));
    }
}
