package com.atlassian.jira.issue;

/** Stand-in (compile only). Evidence: 6.3 source.: {@code MutableIssue extends Issue}. */
public interface MutableIssue extends Issue {
}
