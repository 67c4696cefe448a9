package com.atlassian.jira.issue.status;

/** Stand-in (compile only). An issue constant; getName called on 8.8.1 . */
public interface Status extends com.atlassian.jira.issue.IssueConstant {
}
