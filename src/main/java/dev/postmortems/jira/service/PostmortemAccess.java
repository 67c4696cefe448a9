package dev.postmortems.jira.service;

import java.util.Optional;

/** Port: finds a Postmortem issue for the current user, with Jira's permissions applied. */
public interface PostmortemAccess {
    /**
     * Empty when the issue does not exist, is not a Postmortem, or the current user (possibly anonymous) may
     * not browse it: callers answer all three alike, so that nobody learns an issue exists by asking.
     */
    Optional<PostmortemIssue> find(String issueKey);

    /** Like {@link #find(String)}, by Jira's issue id. */
    Optional<PostmortemIssue> find(long issueId);
}
