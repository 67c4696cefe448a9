package com.atlassian.jira.config;

import com.atlassian.jira.issue.priority.Priority;

import java.util.List;

/** Stand-in (compile only). Jira 7.6 javadoc: {@code List<Priority> getPriorities()}, @PublicApi interface. */
public interface PriorityManager {
    List<Priority> getPriorities();
}
