package dev.postmortems.jira.rest.team;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.service.team.TeamService;
import dev.postmortems.jira.view.team.TeamPresenter;
import dev.postmortems.jira.view.team.TeamView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /rest/postmortems/1.0/postmortems/{issueKey}/team}: incidents, facilitator and participants. */
@Path("/postmortems/{issueKey}/team")
@Produces(MediaType.APPLICATION_JSON)
public final class TeamResource {
    private final TeamService service;
    private final TeamPresenter presenter;

    @Inject
    public TeamResource(TeamService service, TeamPresenter presenter) {
        this.service = service;
        this.presenter = presenter;
    }

    /** @param expected the participants the editor started from; a 409 if the team changed since */
    public record ParticipantsJson(List<String> participants, List<String> expected) {
    }

    @AnonymousSiteAccess
    @GET
    public TeamView team(@PathParam("issueKey") String issueKey) {
        return presenter.present(service.team(issueKey));
    }

    @LicensedOnly
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public TeamView update(@PathParam("issueKey") String issueKey, ParticipantsJson participants) {
        return presenter.present(participants == null ? service.updateParticipants(issueKey, null, null)
                : service.updateParticipants(issueKey, participants.participants(), participants.expected()));
    }
}
