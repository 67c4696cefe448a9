package com.atlassian.jira.config.properties;

/**
 * Stand-in (compile only). Jira's own application properties (not SAL's): {@code getDefaultBackedString} reads
 * settings such as {@code jira.date.picker.java.format}.
 */
public interface ApplicationProperties {
    String getDefaultBackedString(String name);
}
