package dev.postmortems.jira.jira.action;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.TicketReader;

import java.util.Map;

/**
 * Shows a panel only on an action ticket: an issue a postmortem links to with the Postmortem Action link. Asked on
 * every issue view, so it reads none of the app's tables — only the issue's links, which Jira's issue view reads too.
 */
public final class ActionTicketCondition implements Condition {
    private final InstalledTypes installedTypes;
    private final TicketReader tickets;

    public ActionTicketCondition(InstalledTypes installedTypes, TicketReader tickets) {
        this.installedTypes = installedTypes;
        this.tickets = tickets;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getId() != null
                && (issue.getIssueType() == null || !installedTypes.isPostmortemType(issue.getIssueType().getId()))
                && !tickets.postmortemsOf(issue.getId()).isEmpty();
    }
}
