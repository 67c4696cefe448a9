package com.atlassian.jira.issue;

/** Stand-in (compile only). jira-api-signatures.md §5 (6.3 source): {@code MutableIssue extends Issue}. */
public interface MutableIssue extends Issue {
}
