package dev.postmortems.jira.rest.config;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.postmortems.jira.domain.OperationsScope;
import dev.postmortems.jira.service.team.OperationsScopeService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/config/operations}: where *Start postmortem* and *Mark as recurrence of…* are offered;
 * Jira administrators only.
 */
@AdminOnly
@Path("/config/operations")
@Produces(MediaType.APPLICATION_JSON)
public final class OperationsScopeResource {
    private final OperationsScopeService service;

    @Inject
    public OperationsScopeResource(OperationsScopeService service) {
        this.service = service;
    }

    /**
     * @param everywhere true to offer them on every issue; false for only the issues of these projects and types
     * @param projects   project keys; empty for any project
     * @param issueTypes issue type names; empty for any type
     */
    public record ScopeJson(Boolean everywhere, List<String> projects, List<String> issueTypes) {
        static ScopeJson of(OperationsScope scope) {
            return new ScopeJson(scope.everywhere(), scope.projectKeys().stream().sorted().toList(),
                    scope.issueTypes().stream().sorted().toList());
        }
    }

    @GET
    public ScopeJson scope() {
        return ScopeJson.of(service.scope());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ScopeJson save(ScopeJson scope) {
        ScopeJson given = scope == null ? new ScopeJson(true, List.of(), List.of()) : scope;
        return ScopeJson.of(service.change(!Boolean.FALSE.equals(given.everywhere()), given.projects(), given.issueTypes()));
    }
}
