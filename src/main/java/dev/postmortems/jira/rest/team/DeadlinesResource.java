package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.team.PostmortemDeadlines;
import dev.postmortems.jira.service.team.DeadlineSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/config/projects/{projectKey}/deadlines}: how many working days after an incident is
 * resolved its postmortem is due, by the incident's priority; for those who administer the project (403 otherwise).
 */
@LicensedOnly
@Path("/config/projects/{projectKey}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public final class DeadlinesResource {
    private final DeadlineSettingsService service;

    @Inject
    public DeadlinesResource(DeadlineSettingsService service) {
        this.service = service;
    }

    /** Working days for an incident of Jira's Highest priority, of High, and of any other. */
    public record DeadlinesJson(Integer highest, Integer high, Integer other) {
        static DeadlinesJson of(PostmortemDeadlines deadlines) {
            return new DeadlinesJson(deadlines.highest(), deadlines.high(), deadlines.other());
        }
    }

    @GET
    public DeadlinesJson deadlines(@PathParam("projectKey") String projectKey) {
        return DeadlinesJson.of(service.deadlines(projectKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public DeadlinesJson save(@PathParam("projectKey") String projectKey, DeadlinesJson deadlines) {
        DeadlinesJson given = deadlines == null ? new DeadlinesJson(null, null, null) : deadlines;
        return DeadlinesJson.of(service.save(projectKey, given.highest(), given.high(), given.other()));
    }
}
