package com.atlassian.jira.issue.priority;

/** Stand-in (compile only). An issue constant (id, name); Jira 7.x javadoc. */
public interface Priority extends com.atlassian.jira.issue.IssueConstant {
}
