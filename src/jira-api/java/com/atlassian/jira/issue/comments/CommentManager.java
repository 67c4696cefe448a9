package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in (compile only). {@code Comment create(Issue, ApplicationUser, String, boolean)}: Jira javadoc (latest
 * CommentManager, with ApplicationUser since 7) and many apps compiled against Jira 8+.
 */
public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
