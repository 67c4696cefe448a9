package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Stand-in (compile only). GetId/getKey/getSummary confirmed in 6.3 source and called
 * by an app compiled against 11.3.1; getIssueType returns IssueType since 8.0 (called on 8.8.1 and 11.3.1).
 * The real interface has more supertypes and members; the app uses none of them.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    /** Evidence: 6.3 source; called on 11.3.1. */
    String getDescription();

    IssueType getIssueType();

    /** Since 7.0. */
    com.atlassian.jira.user.ApplicationUser getAssignee();

    /** Evidence: 6.3 source, 7.x javadoc. */
    java.sql.Timestamp getDueDate();

    /** Typed since 8.0 (called on 8.8.1). */
    com.atlassian.jira.issue.status.Status getStatus();

    /** Evidence: 6.3 source: null while unresolved. */
    String getResolutionId();

    com.atlassian.jira.project.Project getProjectObject();

    /** Returned as ApplicationUser on 8.8.1. */
    com.atlassian.jira.user.ApplicationUser getReporter();

    /** Evidence: 6.3 source, 7.x javadoc, 8.8.1 calls. */
    java.sql.Timestamp getCreated();

    /** When the issue was resolved; null while unresolved. Evidence: 6.3 source; called (.getTime()) on 8.8.1. */
    java.sql.Timestamp getResolutionDate();

    /** Typed since 8.0 (assigned to Priority on 8.8.1; a GenericValue up to 6.3); null when the issue has none. */
    com.atlassian.jira.issue.priority.Priority getPriority();
}
