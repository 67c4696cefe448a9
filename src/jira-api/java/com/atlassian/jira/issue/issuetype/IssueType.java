package com.atlassian.jira.issue.issuetype;

/** Stand-in (compile only). Evidence: 6.3 source, 8.8.1 implementation. */
public interface IssueType extends com.atlassian.jira.issue.IssueConstant {
    boolean isSubTask();
}
