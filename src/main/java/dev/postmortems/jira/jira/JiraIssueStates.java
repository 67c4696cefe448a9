package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.followup.IssueState;
import java.sql.Timestamp;
import java.util.Optional;

/** How the app reads the state it mirrors from a Jira issue, for the issue events and the reminders' reconciliation alike. */
public final class JiraIssueStates {
    private final InstalledTypes types;

    public JiraIssueStates(InstalledTypes types) {
        this.types = types;
    }

    public IssueState of(Issue issue) {
        return new IssueState(
                // Jira keeps a due date as midnight in its own zone: the date part is the due day.
                Optional.ofNullable(issue.getDueDate()).map(due -> due.toLocalDateTime().toLocalDate()),
                issue.getResolutionId() != null,
                Optional.ofNullable(issue.getResolutionDate()).map(Timestamp::toInstant),
                Optional.ofNullable(issue.getCreated()).map(Timestamp::toInstant),
                Optional.ofNullable(issue.getProjectObject()).map(project -> project.getId()),
                types.isPostmortem(issue));
    }
}
