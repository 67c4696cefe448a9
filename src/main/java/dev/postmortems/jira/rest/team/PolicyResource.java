package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.service.team.PolicySettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/config/projects/{projectKey}/policy}: which of the project's incidents need a
 * postmortem — issue types and priorities by name; for those who administer the project (403 otherwise).
 */
@LicensedOnly
@Path("/config/projects/{projectKey}/policy")
@Produces(MediaType.APPLICATION_JSON)
public final class PolicyResource {
    private final PolicySettingsService service;

    @Inject
    public PolicyResource(PolicySettingsService service) {
        this.service = service;
    }

    /** Issue type names and priority names as Jira spells them; no priorities means any priority. */
    public record PolicyJson(List<String> issueTypes, List<String> priorities) {
        static PolicyJson of(PostmortemPolicy policy) {
            return new PolicyJson(policy.issueTypes().stream().sorted().toList(), policy.priorities().stream().sorted().toList());
        }
    }

    @GET
    public PolicyJson policy(@PathParam("projectKey") String projectKey) {
        return PolicyJson.of(service.policy(projectKey));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyJson save(@PathParam("projectKey") String projectKey, PolicyJson policy) {
        PolicyJson given = policy == null ? new PolicyJson(List.of(), List.of()) : policy;
        return PolicyJson.of(service.save(projectKey, given.issueTypes(), given.priorities()));
    }
}
