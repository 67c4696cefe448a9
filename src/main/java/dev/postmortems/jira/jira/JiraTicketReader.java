package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Jira issues in one batch, each shown in full only to a user who may browse it. */
public final class JiraTicketReader implements TicketReader {
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final AppLinks links;

    public JiraTicketReader(IssueManager issueManager, IssueLinkManager issueLinkManager, PermissionManager permissionManager,
                            JiraAuthenticationContext authenticationContext, AppLinks links) {
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.links = links;
    }

    @Override
    public Map<Long, Ticket> tickets(Collection<Long> issueIds) {
        Map<Long, Ticket> tickets = new LinkedHashMap<>();
        if (issueIds.isEmpty()) {
            return tickets;
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        List<Issue> issues = issueManager.getIssueObjects(new ArrayList<>(issueIds));
        for (Issue issue : issues == null ? List.<Issue>of() : issues) {
            tickets.put(issue.getId(), ticket(issue, user));
        }
        return tickets;
    }

    @Override
    public Optional<Ticket> byKey(String issueKey) {
        Issue issue = issueManager.getIssueObject(issueKey);
        return issue == null ? Optional.empty() : Optional.of(ticket(issue, authenticationContext.getLoggedInUser()));
    }

    @Override
    public Optional<String> assigneeUsername(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return Optional.ofNullable(issue).map(Issue::getAssignee).map(ApplicationUser::getUsername);
    }

    @Override
    public Set<Long> linkedActions(long postmortemId) {
        long type = links.typeId(AppLinkType.ACTION);
        return issueLinkManager.getOutwardLinks(postmortemId).stream()
                .filter(link -> link.getLinkTypeId() != null && link.getLinkTypeId() == type)
                .map(IssueLink::getDestinationId).collect(Collectors.toSet());
    }

    @Override
    public Set<Long> postmortemsOf(long ticketId) {
        Optional<Long> type = links.installedTypeId(AppLinkType.ACTION);
        if (type.isEmpty()) {
            return Set.of();
        }
        return issueLinkManager.getInwardLinks(ticketId).stream()
                .filter(link -> type.get().equals(link.getLinkTypeId()))
                .map(IssueLink::getSourceId).collect(Collectors.toSet());
    }

    private Ticket ticket(Issue issue, ApplicationUser user) {
        if (!permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Ticket.restricted(issue.getId(), issue.getKey());
        }
        return new Ticket(issue.getId(), issue.getKey(), true, issue.getSummary(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getDisplayName),
                // Jira keeps a due date as midnight in its own zone: the date part is the due day.
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                issue.getStatus() == null ? "" : issue.getStatus().getName(), issue.getResolutionId() != null);
    }
}
