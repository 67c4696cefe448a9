package com.atlassian.jira.bc.project.component;

/**
 * Stand-in (compile only). An interface in jira-api since 3.x ({@code docs.atlassian.com/jira/5.0} and the 7.x
 * {@code jira/latest/.../bc/project/component/package-summary.html}); {@code Issue.getComponents()} returns it since 7.0.
 * Not seen on an 11.3 page: the app reads components only through {@code JiraProjectComponents}, which treats a
 * linkage error as "no components" so root causes are still sorted into categories.
 */
public interface ProjectComponent {
    Long getId();

    String getName();

    Long getProjectId();
}
