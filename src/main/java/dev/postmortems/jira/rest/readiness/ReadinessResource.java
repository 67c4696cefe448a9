package dev.postmortems.jira.rest.readiness;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.service.readiness.ReadinessPresenter;
import dev.postmortems.jira.service.readiness.ReadinessService;
import dev.postmortems.jira.service.readiness.ReadinessView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/postmortems/1.0/postmortems/{issueKey}/readiness}: the checklist, for whoever may browse the postmortem. */
@Path("/postmortems/{issueKey}/readiness")
@Produces(MediaType.APPLICATION_JSON)
public final class ReadinessResource {
    private final ReadinessService service;
    private final ReadinessPresenter presenter;

    @Inject
    public ReadinessResource(ReadinessService service, ReadinessPresenter presenter) {
        this.service = service;
        this.presenter = presenter;
    }

    @AnonymousSiteAccess
    @GET
    public ReadinessView readiness(@PathParam("issueKey") String issueKey) {
        return presenter.present(service.readiness(issueKey));
    }
}
