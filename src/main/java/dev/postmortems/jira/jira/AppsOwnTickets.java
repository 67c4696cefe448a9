package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.service.TicketReader;

/**
 * The tickets the app makes for a postmortem — the Postmortem itself, its review tickets and its action tickets —
 * which are never incidents: no postmortem is started from them and none is marked as a recurrence. Reads the
 * issue's type and, for other issues, its links (which Jira's issue view reads too); none of the app's tables.
 */
public final class AppsOwnTickets {
    private final InstalledTypes installedTypes;
    private final TicketReader tickets;

    public AppsOwnTickets(InstalledTypes installedTypes, TicketReader tickets) {
        this.installedTypes = installedTypes;
        this.tickets = tickets;
    }

    public boolean isAppsOwn(Issue issue) {
        return installedTypes.isPostmortem(issue) || installedTypes.isReview(issue)
                || (issue.getId() != null && !tickets.postmortemsOf(issue.getId()).isEmpty());
    }
}
