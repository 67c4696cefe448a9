package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.WebInterfaceManager;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.WhoIsAsking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A project's settings for postmortems ({@code /plugins/servlet/postmortems/project-settings?projectKey=OPS}), in
 * the project settings sidebar: for the project's administrators (403 for others; 404 for a project the reader may
 * not see). Its panels are {@code project-settings-head} and {@code project-settings-page}.
 */
public final class ProjectSettingsServlet extends PanelPageServlet {
    private final transient Projects projects;

    public ProjectSettingsServlet(WhoIsAsking who, WebInterfaceManager webInterfaceManager, Projects projects) {
        super(who, webInterfaceManager, ProjectSettingsCondition.LOCATION);
        this.projects = projects;
    }

    @Override
    Refusable<Map<String, Object>> context(HttpServletRequest request) {
        Optional<TargetProject> project = Optional.ofNullable(request.getParameter("projectKey")).flatMap(projects::project);
        if (project.isEmpty()) {
            return Refusable.refused(HttpServletResponse.SC_NOT_FOUND);
        }
        if (!projects.canAdminister(project.get())) {
            return Refusable.refused(HttpServletResponse.SC_FORBIDDEN);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("projectKey", project.get().key());
        return Refusable.of(context);
    }
}
