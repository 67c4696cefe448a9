package dev.postmortems.jira.jira.team;

import com.atlassian.jira.issue.Issue;
import dev.postmortems.jira.jira.AppsOwnTickets;
import dev.postmortems.jira.jira.IssueCondition;
import dev.postmortems.jira.service.team.IncidentFacts;
import dev.postmortems.jira.service.team.PolicySettings;

/**
 * Shows the notice only on an issue its project's policy asks a postmortem for: decided from the issue's project,
 * type and priority and the policy in Jira's settings, reading none of the app's tables — other issues cost nothing.
 */
public final class IncidentNoticeCondition extends IssueCondition {
    private final PolicySettings policies;
    private final AppsOwnTickets appsOwnTickets;

    public IncidentNoticeCondition(PolicySettings policies, AppsOwnTickets appsOwnTickets) {
        this.policies = policies;
        this.appsOwnTickets = appsOwnTickets;
    }

    @Override
    protected boolean shows(Issue issue) {
        if (issue.getProjectObject() == null) {
            return false;
        }
        IncidentFacts facts = JiraIncidentTickets.factsOf(issue);
        return policies.policyFor(facts.projectKey()).requires(facts.issueType(), facts.priority()) && !appsOwnTickets.isAppsOwn(issue);
    }
}
