package dev.postmortems.jira.view.insight;

/**
 * A number of issues on a dashboard item, and the Jira search that lists them.
 *
 * @param search Jira's search for them; "" when there are none, or too many for one link
 */
public record IssueCount(int count, String search) {
}
