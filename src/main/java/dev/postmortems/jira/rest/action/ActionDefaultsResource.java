package dev.postmortems.jira.rest.action;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.service.action.ActionDefaults;
import dev.postmortems.jira.service.action.ActionDefaultsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/config/projects/{projectKey}/actions}: a project's defaults for new actions, for
 * those who administer the project (403 otherwise).
 */
@LicensedOnly
@Path("/config/projects/{projectKey}/actions")
@Produces(MediaType.APPLICATION_JSON)
public final class ActionDefaultsResource {
    private final ActionDefaultsService service;

    @Inject
    public ActionDefaultsResource(ActionDefaultsService service) {
        this.service = service;
    }

    /** @param targetProject blank for the postmortem's own project; @param dueInDays null for no default due date */
    public record DefaultsJson(String issueType, String targetProject, Integer dueInDays, String priority) {
        static DefaultsJson of(ActionDefaults defaults) {
            return new DefaultsJson(defaults.issueTypeName(), defaults.targetProject().orElse(""), defaults.dueInDays().orElse(null),
                    defaults.priorityId().orElse(""));
        }
    }

    @GET
    public DefaultsJson defaults(@PathParam("projectKey") String projectKey) {
        return DefaultsJson.of(service.defaults(projectKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DefaultsJson save(@PathParam("projectKey") String projectKey, DefaultsJson defaults) {
        DefaultsJson given = defaults == null ? new DefaultsJson(null, null, null, null) : defaults;
        return DefaultsJson.of(service.save(projectKey, given.issueType(), given.targetProject(), given.dueInDays(), given.priority()));
    }
}
