package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketLookup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jira issues in one batch, each shown in full only to a user who may browse it. */
public final class JiraTicketLookup implements TicketLookup {
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraTicketLookup(IssueManager issueManager, PermissionManager permissionManager,
                            JiraAuthenticationContext authenticationContext) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Map<Long, Ticket> tickets(Collection<Long> issueIds) {
        Map<Long, Ticket> tickets = new LinkedHashMap<>();
        if (issueIds.isEmpty()) {
            return tickets;
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        List<Issue> issues = issueManager.getIssueObjects(List.copyOf(issueIds));
        for (Issue issue : issues == null ? List.<Issue>of() : issues) {
            boolean visible = permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
            tickets.put(issue.getId(), visible ? new Ticket(issue.getId(), issue.getKey(), issue.getSummary(), false)
                    : Ticket.restricted(issue.getId(), issue.getKey()));
        }
        return tickets;
    }
}
