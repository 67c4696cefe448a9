package com.atlassian.jira.issue;

import com.atlassian.jira.issue.issuetype.IssueType;

/**
 * Stand-in (compile only). jira-api-signatures.md §5: getId/getKey/getSummary confirmed in 6.3 source and called
 * by an app compiled against 11.3.1; getIssueType returns IssueType since 8.0 (called on 8.8.1 and 11.3.1).
 * The real interface has more supertypes and members; the app uses none of them.
 */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    IssueType getIssueType();
}
