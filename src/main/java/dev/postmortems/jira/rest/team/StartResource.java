package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.team.StartInput;
import dev.postmortems.jira.service.team.StartService;
import dev.postmortems.jira.service.team.Started;
import dev.postmortems.jira.view.team.StartForm;
import dev.postmortems.jira.view.team.TeamPresenter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/postmortems}: start a postmortem from an incident. {@code GET /start?incident=KEY} is
 * what the dialog proposes; {@code POST} creates it (201), or says the incident already has one (409).
 */
@Path("/postmortems")
@Produces(MediaType.APPLICATION_JSON)
public final class StartResource {
    private final StartService service;
    private final TeamPresenter presenter;

    @Inject
    public StartResource(StartService service, TeamPresenter presenter) {
        this.service = service;
        this.presenter = presenter;
    }

    /**
     * @param requestId make one per dialog and send it again when retrying: a second postmortem is then never started
     * @param another   true to start a second postmortem of an incident that already has one
     */
    public record StartJson(String requestId, String incidentKey, String projectKey, String summary, String facilitator,
                            List<String> participants, Boolean seedTimeline, Boolean another) {
        StartInput input() {
            return new StartInput(requestId, incidentKey, projectKey, summary, facilitator, participants,
                    Boolean.TRUE.equals(seedTimeline), Boolean.TRUE.equals(another));
        }
    }

    @LicensedOnly
    @GET
    @Path("/start")
    public StartForm form(@QueryParam("incident") String incidentKey) {
        return presenter.present(service.form(incidentKey));
    }

    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartJson start) {
        StartJson json = start == null ? new StartJson(null, null, null, null, null, null, null, null) : start;
        Started started = service.start(json.input());
        return Response.status(started.created() ? Response.Status.CREATED : Response.Status.OK).entity(started).build();
    }
}
