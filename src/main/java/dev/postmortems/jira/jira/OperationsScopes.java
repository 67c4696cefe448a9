package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.service.OperationsScopeSettings;

/** Whether an issue is where the administrators offer the app's operations, from the issue's project and type alone. */
public final class OperationsScopes {
    private OperationsScopes() {
    }

    public static boolean covers(OperationsScopeSettings settings, Issue issue) {
        return settings.scope().covers(issue.getProjectObject() == null ? null : issue.getProjectObject().getKey(),
                issue.getIssueType() == null ? null : issue.getIssueType().getName());
    }
}
