package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;

import java.util.List;

/** The project a dashboard item is scoped to: named, and one the viewer may browse (another is like none). */
public final class InsightScope {
    private final Projects projects;

    public InsightScope(Projects projects) {
        this.projects = projects;
    }

    public TargetProject project(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            throw new InvalidInputException(List.of(new FieldError("project", "postmortems.insight.error.project-missing")));
        }
        return projects.project(projectKey).orElseThrow(() -> new PostmortemNotFoundException("postmortems.insight.error.project-unknown"));
    }

    /** The projects the viewer may choose from. */
    public List<TargetProject> choices() {
        return projects.browsable();
    }
}
