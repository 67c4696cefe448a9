package dev.postmortems.jira.jira.verdict;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.jira.setup.InstalledTypes;

/** Shows a panel only on a Postmortem Review ticket: decided from the issue type alone, with no read of the app's tables. */
public final class ReviewTicketCondition extends IssueCondition {
    private final InstalledTypes installedTypes;

    public ReviewTicketCondition(InstalledTypes installedTypes) {
        this.installedTypes = installedTypes;
    }

    @Override
    protected boolean shows(Issue issue) {
        return installedTypes.isReview(issue);
    }
}
