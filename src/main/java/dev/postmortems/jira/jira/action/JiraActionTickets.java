package dev.postmortems.jira.jira.action;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.action.ActionTickets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the Actions feature reads of Jira, as the logged-in user, with Jira's permissions. */
public final class JiraActionTickets implements ActionTickets {
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypeManager;
    private final PriorityManager priorityManager;
    private final InstalledTypes installedTypes;
    private final dev.postmortems.jira.jira.IssueEditPermission editPermission;

    public JiraActionTickets(IssueManager issueManager, IssueTypeManager issueTypeManager,
                             PriorityManager priorityManager, InstalledTypes installedTypes,
                             dev.postmortems.jira.jira.IssueEditPermission editPermission) {
        this.issueManager = issueManager;
        this.issueTypeManager = issueTypeManager;
        this.priorityManager = priorityManager;
        this.installedTypes = installedTypes;
        this.editPermission = editPermission;
    }

    @Override
    public Optional<String> issueTypeNamed(String name) {
        return issueTypeManager.getIssueTypes().stream()
                .filter(candidate -> !candidate.isSubTask() && candidate.getName().equalsIgnoreCase(name))
                .map(IssueType::getName).findFirst();
    }

    @Override
    public List<String> standardIssueTypes() {
        return issueTypeManager.getIssueTypes().stream().filter(type -> !type.isSubTask()).map(IssueType::getName).toList();
    }

    @Override
    public List<String> incidentIssueTypes() {
        java.util.Set<String> own = new java.util.HashSet<>();
        installedTypes.issueTypeId(dev.postmortems.jira.jira.setup.AppIssueType.POSTMORTEM).ifPresent(own::add);
        installedTypes.issueTypeId(dev.postmortems.jira.jira.setup.AppIssueType.REVIEW).ifPresent(own::add);
        return issueTypeManager.getIssueTypes().stream().filter(type -> !type.isSubTask() && !own.contains(type.getId()))
                .map(IssueType::getName).toList();
    }

    @Override
    public boolean canEdit(long ticketId) {
        return editPermission.canEdit(ticketId);
    }

    @Override
    public boolean isPostmortem(long ticketId) {
        Issue issue = issueManager.getIssueObject(ticketId);
        return installedTypes.isPostmortem(issue);
    }

    @Override
    public List<Map.Entry<String, String>> priorities() {
        return priorityManager.getPriorities().stream().map(priority -> Map.entry(priority.getId(), priority.getName())).toList();
    }
}
