package com.atlassian.jira.issue.comments;

/** Stand-in (compile only). Jira's Comment is an interface; the app only receives it. */
public interface Comment {
    String getBody();
}
