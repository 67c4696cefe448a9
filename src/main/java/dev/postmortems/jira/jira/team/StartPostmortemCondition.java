package dev.postmortems.jira.jira.team;

import dev.postmortems.jira.jira.OperationsScopes;
import dev.postmortems.jira.service.OperationsScopeSettings;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import dev.postmortems.jira.jira.AppsOwnTickets;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.service.team.TeamTickets;

/**
 * Offers *Start postmortem* only to someone who could start one: logged in, on an issue that is not one of the app's
 * own tickets, where the administrators offer it, and allowed to create issues in some project that offers the Postmortem type — so nobody opens a
 * dialog only to be told no. The cheap tests come first; the projects are asked last.
 */
public final class StartPostmortemCondition extends IssueCondition {
    private final JiraAuthenticationContext authenticationContext;
    private final AppsOwnTickets appsOwnTickets;
    private final TeamTickets tickets;
    private final OperationsScopeSettings scope;

    public StartPostmortemCondition(JiraAuthenticationContext authenticationContext, AppsOwnTickets appsOwnTickets,
                                    TeamTickets tickets, OperationsScopeSettings scope) {
        this.authenticationContext = authenticationContext;
        this.appsOwnTickets = appsOwnTickets;
        this.tickets = tickets;
        this.scope = scope;
    }

    @Override
    protected boolean shows(Issue issue) {
        return authenticationContext.getLoggedInUser() != null && OperationsScopes.covers(scope, issue)
                && !appsOwnTickets.isAppsOwn(issue) && tickets.mayStartAnywhere();
    }
}
