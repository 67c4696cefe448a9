package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;

import java.util.Collection;

/** Stand-in (compile only). Complete abstract set confirmed by an 8.8.1 implementation. */
public interface IssueTypeManager {
    IssueType createIssueType(String name, String description, Long avatarId);

    Collection<IssueType> getIssueTypes();

    IssueType getIssueType(String id);
}
