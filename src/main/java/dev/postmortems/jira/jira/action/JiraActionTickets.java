package dev.postmortems.jira.jira.action;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLink;
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
import dev.postmortems.jira.service.action.TicketState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    public Optional<TargetProject> project(String projectKey) {
        return projects.browsable(projectKey);
    }

    @Override
    public Optional<TargetProject> projectOf(long issueId) {
        return projects.of(issueId);
    }

    @Override
    public boolean canAdminister(TargetProject project) {
        return projects.currentUserMay(ProjectPermissions.ADMINISTER_PROJECTS, project);
    }

    @Override
    public boolean canCreateIn(TargetProject project) {
        return projects.currentUserMay(ProjectPermissions.CREATE_ISSUES, project);
    }

    @Override
    public boolean isAssignable(String username, TargetProject project) {
        return projects.userMay(username, ProjectPermissions.ASSIGNABLE_USER, project);
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
    public Set<Long> linkedActions(long postmortemId) {
        long type = links.typeId(AppLinkType.ACTION);
        return issueLinkManager.getOutwardLinks(postmortemId).stream()
                .filter(link -> link.getLinkTypeId() != null && link.getLinkTypeId() == type)
                .map(IssueLink::getDestinationId).collect(Collectors.toSet());
    }

    @Override
    public Map<Long, TicketState> states(Collection<Long> ticketIds) {
        Map<Long, TicketState> states = new LinkedHashMap<>();
        if (ticketIds.isEmpty()) {
            return states;
        }
        ApplicationUser user = user();
        for (Issue issue : issueManager.getIssueObjects(new ArrayList<>(ticketIds))) {
            states.put(issue.getId(), state(issue, user));
        }
        return states;
    }

    @Override
    public Optional<TicketState> byKey(String issueKey) {
        Issue issue = issueManager.getIssueObject(issueKey);
        return issue == null ? Optional.empty() : Optional.of(state(issue, user()));
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

    private TicketState state(Issue issue, ApplicationUser user) {
        if (!permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return new TicketState(issue.getId(), issue.getKey(), false, "", Optional.empty(), Optional.empty(), "", false);
        }
        return new TicketState(issue.getId(), issue.getKey(), true, issue.getSummary(),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getDisplayName),
                // Jira keeps a due date as midnight in its own zone: the date part is the due day.
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                issue.getStatus() == null ? "" : issue.getStatus().getName(), issue.getResolutionId() != null);
    }

    private ApplicationUser user() {
        return authenticationContext.getLoggedInUser();
    }

}
