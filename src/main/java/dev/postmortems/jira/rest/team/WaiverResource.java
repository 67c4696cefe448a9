package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.view.team.IncidentNoticePresenter;
import dev.postmortems.jira.view.team.IncidentNoticeView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/incidents/{incidentKey}/waiver}: waive the postmortem an incident's project asks for,
 * with a reason, or withdraw the waiver. For those who may edit the incident (403 for readers, 404 for the others).
 */
@LicensedOnly
@Path("/incidents/{incidentKey}/waiver")
@Produces(MediaType.APPLICATION_JSON)
public final class WaiverResource {
    private final IncidentNeeds needs;
    private final IncidentNoticePresenter presenter;

    @Inject
    public WaiverResource(IncidentNeeds needs, IncidentNoticePresenter presenter) {
        this.needs = needs;
        this.presenter = presenter;
    }

    /** Why the incident needs no postmortem. */
    public record WaiverJson(String reason) {
    }

    /** Answers the notice as it now reads. Waiving again what is waived keeps the first waiver. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentNoticeView waive(@PathParam("incidentKey") String incidentKey, WaiverJson waiver) {
        return presenter.present(needs.waive(incidentKey, waiver == null ? null : waiver.reason()));
    }

    /** Answers the notice as it now reads (the postmortem is needed again), or nothing when none is shown. */
    @DELETE
    public IncidentNoticeView withdraw(@PathParam("incidentKey") String incidentKey) {
        return needs.withdraw(incidentKey).map(presenter::present).orElse(null);
    }
}
