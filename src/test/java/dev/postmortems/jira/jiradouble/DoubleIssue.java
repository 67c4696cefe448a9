package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;

/** An issue of the double. */
public final class DoubleIssue implements MutableIssue {
    private final Long id;
    private final String key;
    private final String projectKey;
    private final IssueType issueType;
    private final String summary;

    DoubleIssue(Long id, String key, String projectKey, IssueType issueType, String summary) {
        this.id = id;
        this.key = key;
        this.projectKey = projectKey;
        this.issueType = issueType;
        this.summary = summary;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public IssueType getIssueType() {
        return issueType;
    }

    public String projectKey() {
        return projectKey;
    }
}
