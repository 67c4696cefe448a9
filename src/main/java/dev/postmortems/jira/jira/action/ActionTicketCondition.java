package dev.postmortems.jira.jira.action;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.TicketReader;


/**
 * Shows a panel only on an action ticket: an issue a postmortem links to with the Postmortem Action link. It reads
 * the issue's links, which Jira's issue view reads too.
 */
public final class ActionTicketCondition extends IssueCondition {
    private final InstalledTypes installedTypes;
    private final TicketReader tickets;

    public ActionTicketCondition(InstalledTypes installedTypes, TicketReader tickets) {
        this.installedTypes = installedTypes;
        this.tickets = tickets;
    }

    @Override
    protected boolean shows(Issue issue) {
        return issue.getId() != null && !installedTypes.isPostmortem(issue) && !tickets.postmortemsOf(issue.getId()).isEmpty();
    }
}
