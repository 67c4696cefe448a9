package com.atlassian.jira;

/** Stand-in (compile only). An interface (6.3 source). */
public interface JiraDataType {
}
