package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortems.jira.jira.setup.AppIssueType;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.team.Incident;
import dev.postmortems.jira.service.team.LinkedIssue;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.team.TeamTickets;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Incidents, Postmortem issues, their Postmortem links and watchers, through Jira's own services. */
public final class JiraTeamTickets implements TeamTickets {
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final WatcherManager watcherManager;
    private final JiraProjects projects;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;
    private final UserManager userManager;
    private final IssueTypeSchemeManager issueTypeSchemeManager;
    private final InstalledTypes installedTypes;
    private final AppLinks appLinks;

    public JiraTeamTickets(IssueManager issueManager, IssueLinkManager issueLinkManager,
                           WatcherManager watcherManager, JiraProjects projects, PermissionManager permissionManager,
                           JiraAuthenticationContext authenticationContext, UserManager userManager,
                           IssueTypeSchemeManager issueTypeSchemeManager, InstalledTypes installedTypes,
                           AppLinks links) {
        this.issueManager = issueManager;
        this.issueLinkManager = issueLinkManager;
        this.watcherManager = watcherManager;
        this.projects = projects;
        this.permissionManager = permissionManager;
        this.authenticationContext = authenticationContext;
        this.userManager = userManager;
        this.issueTypeSchemeManager = issueTypeSchemeManager;
        this.installedTypes = installedTypes;
        this.appLinks = links;
    }

    @Override
    public Optional<Incident> incident(String issueKey) {
        Issue issue = issueKey == null || issueKey.isBlank() ? null : issueManager.getIssueObject(issueKey.strip());
        if (issue == null || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user())) {
            return Optional.empty();
        }
        return Optional.of(new Incident(issue.getId(), issue.getKey(), issue.getSummary(), JiraProjects.target(issue.getProjectObject()),
                issue.getCreated() == null ? java.time.Instant.EPOCH : issue.getCreated().toInstant(),
                installedTypes.isPostmortem(issue),
                Optional.ofNullable(issue.getAssignee()).map(ApplicationUser::getUsername),
                Optional.ofNullable(issue.getReporter()).map(ApplicationUser::getUsername),
                watcherManager.getWatchersUnsorted(issue).stream().map(ApplicationUser::getUsername).toList(),
                Optional.ofNullable(issue.getPriority()).map(priority -> priority.getName()),
                Optional.ofNullable(issue.getResolutionId() == null ? null : issue.getResolutionDate()).map(java.sql.Timestamp::toInstant)));
    }

    @Override
    public List<TargetProject> startableProjects() {
        Optional<String> postmortemType = installedTypes.issueTypeId(AppIssueType.POSTMORTEM);
        return creatable().filter(project -> offers(project, postmortemType))
                .sorted(Comparator.comparing(TargetProject::key)).toList();
    }

    @Override
    public boolean mayStartAnywhere() {
        Optional<String> postmortemType = installedTypes.issueTypeId(AppIssueType.POSTMORTEM);
        return creatable().anyMatch(project -> offers(project, postmortemType));
    }

    @Override
    public boolean offersPostmortems(TargetProject project) {
        return offers(project, installedTypes.issueTypeId(AppIssueType.POSTMORTEM));
    }

    /** The projects where the current user may create issues. */
    private java.util.stream.Stream<TargetProject> creatable() {
        return permissionManager.getProjects(ProjectPermissions.CREATE_ISSUES, user()).stream().map(JiraProjects::target);
    }

    /** The Postmortem type's id is read once by the caller, not once per project. */
    private boolean offers(TargetProject project, Optional<String> postmortemType) {
        return postmortemType.isPresent() && issueTypeSchemeManager.getIssueTypesForProject(projects.jiraProject(project))
                .stream().anyMatch(type -> type.getId().equals(postmortemType.get()));
    }

    @Override
    public List<LinkedIssue> postmortemsOf(long incidentId) {
        return linked(issueLinkManager.getInwardLinks(incidentId), IssueLink::getSourceId).stream()
                .filter(issue -> !issue.restricted()).toList();
    }

    @Override
    public List<LinkedIssue> incidentsOf(long postmortemId) {
        return linked(issueLinkManager.getOutwardLinks(postmortemId), IssueLink::getDestinationId);
    }

    @Override
    public boolean canViewWatchers(long issueId) {
        return hasPermission(ProjectPermissions.VIEW_VOTERS_AND_WATCHERS, issueId);
    }

    @Override
    public boolean canManageWatchers(long issueId) {
        return hasPermission(ProjectPermissions.MANAGE_WATCHERS, issueId);
    }

    private boolean hasPermission(ProjectPermissionKey permission, long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        ApplicationUser user = authenticationContext.getLoggedInUser();
        return issue != null && user != null && permissionManager.hasPermission(permission, issue, user);
    }

    @Override
    public List<Person> watchers(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue == null ? List.of() : watcherManager.getWatchersUnsorted(issue).stream().map(JiraTeamTickets::person)
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<Person> assignee(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue == null ? Optional.empty() : Optional.ofNullable(issue.getAssignee()).map(JiraTeamTickets::person);
    }

    @Override
    public String key(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return issue == null ? "" : issue.getKey();
    }

    private List<LinkedIssue> linked(List<IssueLink> links, Function<IssueLink, Long> other) {
        long type = appLinks.typeId(AppLinkType.POSTMORTEM);
        List<Long> ids = links.stream().filter(link -> link.getLinkTypeId() != null && link.getLinkTypeId() == type)
                .map(other).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        ApplicationUser user = user();
        return issueManager.getIssueObjects(ids).stream().map(issue ->
                permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)
                        ? new LinkedIssue(issue.getId(), issue.getKey(), issue.getSummary(), false)
                        : new LinkedIssue(issue.getId(), issue.getKey(), "", true)).toList();
    }

    private ApplicationUser user() {
        return authenticationContext.getLoggedInUser();
    }

    private static Person person(ApplicationUser user) {
        return new Person(user.getUsername(), user.getDisplayName());
    }

}
