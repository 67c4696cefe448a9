package com.atlassian.jira;

/** Stand-in (compile only). A final class whose static field ISSUE (type JiraDataType) is read on 11.3.1. */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
