package com.atlassian.jira.issue.label;

/** Stand-in (compile only). The return type of LabelManager.addLabel; the app never reads it. */
public class Label {
}
