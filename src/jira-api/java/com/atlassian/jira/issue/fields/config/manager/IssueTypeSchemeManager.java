package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

/** Stand-in (compile only). GetIssueTypesForProject(Project) confirmed on 8.8.1. */
public interface IssueTypeSchemeManager {
    Collection<IssueType> getIssueTypesForProject(Project project);
}
