package dev.postmortems.jira.jira.review;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.postmortems.jira.jira.AppLinks;
import dev.postmortems.jira.jira.JiraIssueCreator;
import dev.postmortems.jira.jira.setup.AppIssueType;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.review.ReviewTickets;

import java.time.LocalDate;
import java.util.Optional;

/** Postmortem Review tickets through Jira's issue service, link manager and label manager. */
public final class JiraReviewTickets implements ReviewTickets {
    static final String LABEL = "postmortem-review";

    private final JiraIssueCreator issueCreator;
    private final AppLinks links;
    private final LabelManager labelManager;
    private final IssueManager issueManager;
    private final InstalledTypes installedTypes;
    private final JiraAuthenticationContext authenticationContext;

    public JiraReviewTickets(JiraIssueCreator issueCreator, AppLinks links, LabelManager labelManager, IssueManager issueManager,
                             InstalledTypes installedTypes, JiraAuthenticationContext authenticationContext) {
        this.issueCreator = issueCreator;
        this.links = links;
        this.labelManager = labelManager;
        this.issueManager = issueManager;
        this.installedTypes = installedTypes;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public long create(TargetProject project, String summary, String description, String owner, LocalDate due) {
        String type = installedTypes.issueTypeId(AppIssueType.REVIEW)
                .orElseThrow(() -> new IllegalStateException("The Postmortem Review issue type is not installed"));
        return issueCreator.create(project, type, summary, description, owner, Optional.of(due), Optional.empty());
    }

    @Override
    public void linkAndLabel(long postmortemId, long reviewId) {
        links.linkOnce(postmortemId, reviewId, AppLinkType.REVIEW);
        labelManager.addLabel(authenticationContext.getLoggedInUser(), reviewId, LABEL, false);
    }

    @Override
    public void reschedule(long reviewId, String owner, LocalDate due) {
        issueCreator.changeAssigneeAndDueDate(reviewId, owner, due);
    }

    @Override
    public Optional<String> assigneeOf(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        return Optional.ofNullable(issue).map(Issue::getAssignee).map(ApplicationUser::getUsername);
    }
}
