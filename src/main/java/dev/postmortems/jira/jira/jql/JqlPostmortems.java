package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.setup.InstalledTypes;

import java.util.Locale;
import java.util.Optional;

/** The postmortem a JQL function's argument names, if it is one and the searcher may browse it. */
public final class JqlPostmortems {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final InstalledTypes installedTypes;

    public JqlPostmortems(IssueManager issueManager, PermissionManager permissionManager, InstalledTypes installedTypes) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.installedTypes = installedTypes;
    }

    /** Its issue id; empty when unknown, not a postmortem or not browsable, so a search never tells which. */
    public Optional<Long> find(String key, ApplicationUser searcher, boolean securityOverridden) {
        Issue issue = key == null || key.isBlank() ? null : issueManager.getIssueObject(key.strip().toUpperCase(Locale.ROOT));
        if (!installedTypes.isPostmortem(issue)) {
            return Optional.empty();
        }
        if (!securityOverridden && !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher)) {
            return Optional.empty();
        }
        return Optional.of(issue.getId());
    }
}
