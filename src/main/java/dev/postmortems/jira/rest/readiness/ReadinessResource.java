package dev.postmortems.jira.rest.readiness;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.view.readiness.ReadinessPresenter;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.view.readiness.ReadinessView;
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
    private final PostmortemSnapshots snapshots;
    private final ReadinessPresenter presenter;

    @Inject
    public ReadinessResource(PostmortemSnapshots snapshots, ReadinessPresenter presenter) {
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    @AnonymousSiteAccess
    @GET
    public ReadinessView readiness(@PathParam("issueKey") String issueKey) {
        return presenter.present(snapshots.of(issueKey));
    }
}
