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

    /**
     * Every issue id of a project (6.3 source, a full 7.x implementation, and a mock compiled against 8.8.1; the 11.3
     * javadoc page was not found). Only the background scan of a changed policy calls it, and it reports a failure
     * instead of failing anything else.
     */
    java.util.Collection<Long> getIssueIdsForProject(Long projectId) throws org.ofbiz.core.entity.GenericEntityException;
}
