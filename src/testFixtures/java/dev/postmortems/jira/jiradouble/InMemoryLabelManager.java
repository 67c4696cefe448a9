package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.label.LabelManager;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's labels: a set per issue, so adding a label twice changes nothing. */
public final class InMemoryLabelManager implements LabelManager {
    private final InMemoryIssueManager issues;

    InMemoryLabelManager(InMemoryIssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification) {
        ((DoubleIssue) issues.getIssueObject(issueId)).addLabel(label);
        return new Label();
    }
}
