package com.atlassian.jira;

/** Stand-in (compile only). ref §12: an interface (6.3 source). */
public interface JiraDataType {
}
