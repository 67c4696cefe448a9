package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * A condition of the app's web panels and items on Jira's issue view: it decides from the issue in the context, and
 * shows nothing where there is no issue. Conditions are asked on every issue view, so they read none of the app's
 * tables.
 */
public abstract class IssueCondition implements Condition {
    @Override
    public final void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public final boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && shows(issue);
    }

    protected abstract boolean shows(Issue issue);
}
