package com.atlassian.jira.project;

/** Stand-in (compile only). Evidence: 6.3 source; getKey on 8.8.1. */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
