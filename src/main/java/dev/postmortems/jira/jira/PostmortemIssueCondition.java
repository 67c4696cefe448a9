package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import dev.postmortems.jira.jira.setup.InstalledTypes;

import java.util.Map;

/**
 * Shows a web panel only on Postmortem issues. Asked on every issue view, so it reads nothing from the
 * app's tables: only the issue's type, compared with the Postmortem type the app installed.
 */
public final class PostmortemIssueCondition implements Condition {
    private final InstalledTypes installedTypes;

    public PostmortemIssueCondition(InstalledTypes installedTypes) {
        this.installedTypes = installedTypes;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getIssueType() != null
                && installedTypes.isPostmortemType(issue.getIssueType().getId());
    }
}
