package dev.postmortems.jira.jira.team;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.IssueEditPermission;
import dev.postmortems.jira.service.team.IncidentFacts;
import dev.postmortems.jira.service.team.IncidentTickets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Incidents as Jira has them, for the policy: read with Jira's issue manager, permissions from its permission manager. */
public final class JiraIncidentTickets implements IncidentTickets {
    /** Issues loaded at once by a scan: few enough to keep memory flat, many enough to keep the queries few. */
    static final int BATCH = 500;

    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final ProjectManager projectManager;
    private final IssueEditPermission editPermission;

    public JiraIncidentTickets(IssueManager issueManager, PermissionManager permissionManager,
                               JiraAuthenticationContext authenticationContext, ProjectManager projectManager,
                               IssueEditPermission editPermission) {
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.projectManager = projectManager;
        this.editPermission = editPermission;
    }

    /** What the policy reads of an issue, from the issue object alone: no query. */
    public static IncidentFacts factsOf(Issue issue) {
        return new IncidentFacts(issue.getId(), issue.getProjectObject().getId(), issue.getProjectObject().getKey(),
                issue.getIssueType() == null ? "" : issue.getIssueType().getName(),
                Optional.ofNullable(issue.getPriority()).map(priority -> priority.getName()));
    }

    @Override
    public Optional<IncidentFacts> visible(String issueKey) {
        Issue issue = issueKey == null || issueKey.isBlank() ? null : issueManager.getIssueObject(issueKey.strip().toUpperCase(Locale.ROOT));
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        return Optional.of(factsOf(issue));
    }

    @Override
    public boolean canEdit(long issueId) {
        return editPermission.canEdit(issueId);
    }

    @Override
    public Optional<Long> projectId(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectByCurrentKey(projectKey);
        return project == null ? Optional.empty() : Optional.of(project.getId());
    }

    @Override
    public void eachBatch(long projectId, Consumer<List<IncidentFacts>> batch) {
        List<Long> ids;
        try {
            ids = new ArrayList<>(issueManager.getIssueIdsForProject(projectId));
        } catch (Exception unreadable) { // GenericEntityException: Jira could not list the project's issues
            throw new IllegalStateException("Could not list the issues of project " + projectId, unreadable);
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            batch.accept(issueManager.getIssueObjects(ids.subList(from, Math.min(ids.size(), from + BATCH))).stream()
                    .map(JiraIncidentTickets::factsOf).toList());
        }
    }
}
