package dev.postmortems.jira.service;

/** Port: where Jira shows things, for links in the panels. */
public interface Links {
    /** The issue's page, relative to the site (e.g. {@code /jira/browse/OPS-12}). */
    String issue(String issueKey);

    /** The issue's page with the site's configured base URL, for text read outside Jira (a write-up). */
    String issueOnSite(String issueKey);

    /** A postmortem meeting's invitation file, relative to the site. */
    String meetingInvitation(String postmortemKey);

    /** Jira's issue search for a JQL query, relative to the site. */
    String search(String jql);

    /** The project's settings page for postmortems, relative to the site. */
    String projectSettings(String projectKey);
}
