package dev.postmortems.jira.service;

/**
 * A project's settings are for its administrators: "not found" for a project the reader may not see, and a refusal
 * that says who may for one they may see but not administer.
 */
public final class AdministeredProjects {
    private final Projects projects;

    public AdministeredProjects(Projects projects) {
        this.projects = projects;
    }

    public TargetProject administered(String projectKey) {
        TargetProject project = projects.project(projectKey == null ? "" : projectKey)
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.action.error.project-not-found"));
        if (!projects.canAdminister(project)) {
            throw ChangeNotAllowedException.projectSettings(projectKey);
        }
        return project;
    }
}
