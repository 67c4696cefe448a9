package dev.postmortems.jira.jira.config;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import dev.postmortems.jira.service.Projects;

import java.util.Map;
import java.util.Optional;

/**
 * The project settings page and its link in the project settings sidebar: for the project's administrators, never
 * where there is an issue. The project is the sidebar's ({@code project} in Jira's context) or the page's
 * ({@code projectKey}).
 */
public final class ProjectSettingsCondition implements Condition {
    /** Where the page's panels sit: a location of the app's own, which no Jira page shows. */
    public static final String LOCATION = "dev.postmortems.jira.project-settings";

    private final Projects projects;

    public ProjectSettingsCondition(Projects projects) {
        this.projects = projects;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (context.containsKey("issue")) {
            return false;
        }
        Optional<String> key = context.get("projectKey") instanceof String given ? Optional.of(given)
                : context.get("project") instanceof Project project ? Optional.ofNullable(project.getKey()) : Optional.empty();
        return key.flatMap(projects::project).filter(projects::canAdminister).isPresent();
    }
}
