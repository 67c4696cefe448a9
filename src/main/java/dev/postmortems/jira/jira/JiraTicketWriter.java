package dev.postmortems.jira.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.watchers.WatcherManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import dev.postmortems.jira.jira.setup.AppIssueType;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.LinkRole;
import dev.postmortems.jira.service.NewTicket;
import dev.postmortems.jira.service.TicketRefusedException;
import dev.postmortems.jira.service.TicketWriter;

import java.time.LocalDate;
import java.util.List;

/** Writes to Jira as the logged-in user, through Jira's issue service, link, label and watcher managers. */
public final class JiraTicketWriter implements TicketWriter {
    private final JiraIssueCreator issueCreator;
    private final IssueManager issueManager;
    private final IssueTypeManager issueTypeManager;
    private final IssueLinkManager issueLinkManager;
    private final LabelManager labelManager;
    private final WatcherManager watcherManager;
    private final UserManager userManager;
    private final JiraAuthenticationContext authenticationContext;
    private final AppLinks links;
    private final InstalledTypes installedTypes;

    public JiraTicketWriter(JiraIssueCreator issueCreator, IssueManager issueManager, IssueTypeManager issueTypeManager,
                            IssueLinkManager issueLinkManager, LabelManager labelManager, WatcherManager watcherManager,
                            UserManager userManager, JiraAuthenticationContext authenticationContext, AppLinks links,
                            InstalledTypes installedTypes) {
        this.issueCreator = issueCreator;
        this.issueManager = issueManager;
        this.issueTypeManager = issueTypeManager;
        this.issueLinkManager = issueLinkManager;
        this.labelManager = labelManager;
        this.watcherManager = watcherManager;
        this.userManager = userManager;
        this.authenticationContext = authenticationContext;
        this.links = links;
        this.installedTypes = installedTypes;
    }

    @Override
    public long create(NewTicket ticket) {
        return issueCreator.create(ticket.project(), issueTypeId(ticket), ticket.summary(), ticket.description(),
                ticket.assigneeUsername(), ticket.dueDate(), ticket.priorityId());
    }

    private String issueTypeId(NewTicket ticket) {
        return switch (ticket.type()) {
            case ACTION -> issueTypeManager.getIssueTypes().stream()
                    .filter(candidate -> !candidate.isSubTask() && candidate.getName().equalsIgnoreCase(ticket.issueTypeName()))
                    .map(IssueType::getId).findFirst()
                    .orElseThrow(() -> new TicketRefusedException(List.of("No issue type is called " + ticket.issueTypeName())));
            case REVIEW -> installedTypes.issueTypeId(AppIssueType.REVIEW)
                    .orElseThrow(() -> new IllegalStateException("The Postmortem Review issue type is not installed"));
            case POSTMORTEM -> installedTypes.issueTypeId(AppIssueType.POSTMORTEM)
                    .orElseThrow(() -> new IllegalStateException("The Postmortem issue type is not installed"));
        };
    }

    @Override
    public boolean link(long postmortemId, long otherId, LinkRole role) {
        return links.linkOnce(postmortemId, otherId, linkType(role));
    }

    @Override
    public void unlink(long postmortemId, long otherId, LinkRole role) {
        links.find(postmortemId, otherId, linkType(role))
                .ifPresent(link -> issueLinkManager.removeIssueLink(link, authenticationContext.getLoggedInUser()));
    }

    @Override
    public void addLabels(long issueId, List<String> labels) {
        for (String label : labels) {
            labelManager.addLabel(authenticationContext.getLoggedInUser(), issueId, label, false);
        }
    }

    @Override
    public void watch(long issueId, String username) {
        ApplicationUser person = userManager.getUserByName(username);
        Issue issue = issueManager.getIssueObject(issueId);
        if (person != null && issue != null) {
            watcherManager.startWatching(person, issue);
        }
    }

    @Override
    public void unwatch(long issueId, String username) {
        ApplicationUser person = userManager.getUserByName(username);
        Issue issue = issueManager.getIssueObject(issueId);
        if (person != null && issue != null) {
            watcherManager.stopWatching(person, issue);
        }
    }

    @Override
    public void reschedule(long issueId, String assigneeUsername, LocalDate due) {
        issueCreator.changeAssigneeAndDueDate(issueId, assigneeUsername, due);
    }

    private static AppLinkType linkType(LinkRole role) {
        return switch (role) {
            case ACTION -> AppLinkType.ACTION;
            case REVIEW -> AppLinkType.REVIEW;
            case POSTMORTEM -> AppLinkType.POSTMORTEM;
            case RECURRENCE -> AppLinkType.RECURRENCE;
        };
    }
}
