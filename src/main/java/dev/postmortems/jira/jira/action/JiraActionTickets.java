package dev.postmortems.jira.jira.action;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.AppLinks;
import dev.postmortems.jira.jira.JiraProjects;
import dev.postmortems.jira.jira.JiraIssueCreator;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.action.ActionTickets;
import dev.postmortems.jira.service.action.NewTicket;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.TicketRefusedException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Action tickets through Jira's own services, as the logged-in user, with Jira's permissions and validation. */
public final class JiraActionTickets implements ActionTickets {
    private final JiraIssueCreator issueCreator;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final LabelManager labelManager;
    private final JiraProjects projects;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final IssueTypeManager issueTypeManager;
    private final PriorityManager priorityManager;
    private final AppLinks links;
    private final InstalledTypes installedTypes;

    public JiraActionTickets(JiraIssueCreator issueCreator, IssueManager issueManager, IssueLinkManager issueLinkManager,
                             LabelManager labelManager, JiraProjects projects, PermissionManager permissionManager,
                             JiraAuthenticationContext authenticationContext,
                             IssueTypeManager issueTypeManager, PriorityManager priorityManager, AppLinks links,
                             InstalledTypes installedTypes) {
        this.issueCreator = issueCreator;
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.labelManager = labelManager;
        this.projects = projects;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.issueTypeManager = issueTypeManager;
        this.priorityManager = priorityManager;
        this.links = links;
        this.installedTypes = installedTypes;
    }

    @Override
    public long create(NewTicket ticket) {
        IssueType type = issueType(ticket.issueTypeName())
                .orElseThrow(() -> new TicketRefusedException(List.of("No issue type is called " + ticket.issueTypeName())));
        return issueCreator.create(ticket.project(), type.getId(), ticket.summary(), ticket.description(),
                ticket.assigneeUsername(), ticket.dueDate(), ticket.priorityId());
    }

    @Override
    public Optional<String> issueTypeNamed(String name) {
        return issueType(name).map(IssueType::getName);
    }

    /** Action tickets are standard issues: a sub-task type needs a parent they do not have. */
    private Optional<IssueType> issueType(String name) {
        return issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> !candidate.isSubTask() && candidate.getName().equalsIgnoreCase(name))
                .findFirst();
    }

    @Override
    public void link(long postmortemId, long ticketId) {
        links.linkOnce(postmortemId, ticketId, AppLinkType.ACTION);
    }

    @Override
    public void unlink(long postmortemId, long ticketId) {
        links.find(postmortemId, ticketId, AppLinkType.ACTION).ifPresent(link -> issueLinkManager.removeIssueLink(link, user()));
    }

    @Override
    public void addLabels(long ticketId, List<String> labels) {
        for (String label : labels) {
            labelManager.addLabel(user(), ticketId, label, false);
        }
    }




    @Override
    public boolean canEdit(long ticketId) {
        Issue issue = issueManager.getIssueObject(ticketId);
        ApplicationUser user = user();
        return issue != null && user != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    @Override
    public boolean isPostmortem(long ticketId) {
        Issue issue = issueManager.getIssueObject(ticketId);
        return issue != null && issue.getIssueType() != null && installedTypes.isPostmortemType(issue.getIssueType().getId());
    }

    @Override
    public List<Map.Entry<String, String>> priorities() {
        return priorityManager.getPriorities().stream().map(priority -> Map.entry(priority.getId(), priority.getName())).toList();
    }


    private ApplicationUser user() {
        return authenticationContext.getLoggedInUser();
    }

}
