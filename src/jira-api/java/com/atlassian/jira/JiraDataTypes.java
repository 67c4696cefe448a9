package com.atlassian.jira;

/** Stand-in (compile only). ref §12: a final class whose static field ISSUE (type JiraDataType) is read on 11.3.1. */
public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
    };

    private JiraDataTypes() {
    }
}
