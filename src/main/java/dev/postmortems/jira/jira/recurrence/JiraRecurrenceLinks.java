package dev.postmortems.jira.jira.recurrence;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.AppLinks;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.recurrence.IncidentIssue;
import dev.postmortems.jira.service.recurrence.RecurrenceIssue;
import dev.postmortems.jira.service.recurrence.RecurrenceLinks;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Postmortem Recurrence links in Jira, with Jira's permissions for the logged-in user. */
public final class JiraRecurrenceLinks implements RecurrenceLinks {
    private final AppLinks appLinks;
    private final IssueLinkManager issueLinkManager;
    private final IssueManager issueManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final InstalledTypes installedTypes;

    public JiraRecurrenceLinks(AppLinks appLinks, IssueLinkManager issueLinkManager, IssueManager issueManager,
                               PermissionManager permissionManager, JiraAuthenticationContext authenticationContext,
                               InstalledTypes installedTypes) {
        this.appLinks = appLinks;
        this.issueLinkManager = issueLinkManager;
        this.issueManager = issueManager;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.installedTypes = installedTypes;
    }

    @Override
    public Optional<IncidentIssue> incident(String issueKey) {
        Issue issue = issueKey.isEmpty() ? null : issueManager.getIssueObject(issueKey);
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        boolean editable = user != null && permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
        boolean postmortem = installedTypes.isPostmortem(issue);
        return Optional.of(new IncidentIssue(issue.getId(), issue.getKey(), editable, postmortem));
    }

    @Override
    public Set<Long> partOf(long postmortemId) {
        Set<Long> own = java.util.EnumSet.of(AppLinkType.POSTMORTEM, AppLinkType.ACTION, AppLinkType.REVIEW).stream()
                .flatMap(type -> installedTypes.linkTypeId(type).stream()).collect(Collectors.toSet());
        return issueLinkManager.getOutwardLinks(postmortemId).stream()
                .filter(link -> link.getLinkTypeId() != null && own.contains(link.getLinkTypeId()))
                .map(IssueLink::getDestinationId).collect(Collectors.toSet());
    }

    @Override
    public List<RecurrenceIssue> recurrencesOf(long postmortemId) {
        long type = appLinks.typeId(AppLinkType.RECURRENCE);
        List<Long> ids = issueLinkManager.getOutwardLinks(postmortemId).stream()
                .filter(link -> link.getLinkTypeId() != null && link.getLinkTypeId() == type).map(IssueLink::getDestinationId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        Map<Long, Issue> issues = issueManager.getIssueObjects(ids).stream().collect(Collectors.toMap(Issue::getId, Function.identity()));
        return ids.stream().map(issues::get).filter(java.util.Objects::nonNull)
                .map(issue -> permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                        ? new RecurrenceIssue(issue.getId(), true, issue.getKey(), issue.getSummary(), created(issue))
                        : new RecurrenceIssue(issue.getId(), false, "", "", created(issue)))
                .sorted(Comparator.comparing(RecurrenceIssue::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public Set<Long> recurredPostmortems() {
        Optional<Long> type = installedTypes.linkTypeId(AppLinkType.RECURRENCE);
        return type.map(id -> issueLinkManager.getIssueLinks(id).stream().map(IssueLink::getSourceId).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private static Instant created(Issue issue) {
        return issue.getCreated() == null ? null : issue.getCreated().toInstant();
    }
}
