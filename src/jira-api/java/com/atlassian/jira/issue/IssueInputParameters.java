package com.atlassian.jira.issue;

/**
 * Stand-in (compile only). Each setter confirmed by a complete 8.8.1 implementation;
 * all return IssueInputParameters. The app only calls these, so the rest of Jira's interface is left out.
 */
public interface IssueInputParameters {
    IssueInputParameters setProjectId(Long projectId);

    IssueInputParameters setIssueTypeId(String issueTypeId);

    IssueInputParameters setSummary(String summary);

    IssueInputParameters setDescription(String description);

    IssueInputParameters setAssigneeId(String assigneeId);

    IssueInputParameters setReporterId(String reporterId);

    /** In Jira's date-picker format. */
    IssueInputParameters setDueDate(String dueDate);

    IssueInputParameters setPriorityId(String priorityId);
}
