package dev.postmortems.jira.view;

import java.util.Optional;

/** A panel of the issue view rendered again, exactly as Jira renders it on the issue's page. */
public interface IssuePanels {
    /** The panel's HTML for the issue, as the current user sees it; empty when the issue or the panel is not there. */
    Optional<String> html(PostmortemPanel panel, String issueKey);
}
