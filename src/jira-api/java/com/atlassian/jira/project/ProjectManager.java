package com.atlassian.jira.project;

/** Stand-in (compile only). GetProjectByCurrentKey on 8.8.1 and 11.3.1, getProjectObj on 8.8.1. */
public interface ProjectManager {
    Project getProjectByCurrentKey(String projectKey);

    Project getProjectObj(Long id);
}
