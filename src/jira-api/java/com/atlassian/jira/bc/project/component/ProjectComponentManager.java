package com.atlassian.jira.bc.project.component;

import java.util.Collection;

/**
 * Stand-in (compile only). @PublicApi interface; {@code findAllForProject(Long)} on the 5.0 and 7.x javadoc
 * ({@code jira/latest/com/atlassian/jira/bc/project/component/ProjectComponentManager.html}), unchanged between them.
 * Not seen on an 11.3 page: see {@link ProjectComponent}.
 */
public interface ProjectComponentManager {
    Collection<ProjectComponent> findAllForProject(Long projectId);
}
