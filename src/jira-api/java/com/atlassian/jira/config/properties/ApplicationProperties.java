package com.atlassian.jira.config.properties;

/**
 * Stand-in (compile only). Jira's own application properties (not SAL's): {@code getDefaultBackedString} reads
 * settings such as {@code jira.date.picker.java.format}. jira-api-signatures.md §11 lists the interface.
 */
public interface ApplicationProperties {
    String getDefaultBackedString(String name);
}
