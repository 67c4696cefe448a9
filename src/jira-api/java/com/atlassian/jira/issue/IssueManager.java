package com.atlassian.jira.issue;

/**
 * Stand-in (compile only). Both lookups confirmed in 6.3 source, a full implementation,
 * and calls compiled against Jira 11.3.1. They return MutableIssue (the erasure the JVM links against).
 */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    /** Many issues in one call (6.3 source and a full 7.x implementation); missing ids are left out. */
    java.util.List<Issue> getIssueObjects(java.util.Collection<Long> ids);
}
