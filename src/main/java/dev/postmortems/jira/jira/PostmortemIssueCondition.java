package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.setup.InstalledTypes;

/**
 * Shows a web panel only on Postmortem issues: only the issue's type is read, compared with the Postmortem type the
 * app installed.
 */
public final class PostmortemIssueCondition extends IssueCondition {
    private final InstalledTypes installedTypes;

    public PostmortemIssueCondition(InstalledTypes installedTypes) {
        this.installedTypes = installedTypes;
    }

    @Override
    protected boolean shows(Issue issue) {
        return installedTypes.isPostmortem(issue);
    }
}
