package dev.postmortems.jira.rest.recurrence;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.service.recurrence.Marked;
import dev.postmortems.jira.service.recurrence.RecurrenceForm;
import dev.postmortems.jira.service.recurrence.RecurrenceInput;
import dev.postmortems.jira.service.recurrence.RecurrenceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/postmortems/1.0/recurrences/form?incident=KEY}: the dialog's texts for an incident the caller may
 * mark. {@code POST /rest/postmortems/1.0/recurrences}: marks an incident as a recurrence of a postmortem (201, or 200 when
 * it already was). JSON only, like every change.
 */
@Path("/recurrences")
@Produces(MediaType.APPLICATION_JSON)
public final class RecurrenceResource {
    private final RecurrenceService service;

    @Inject
    public RecurrenceResource(RecurrenceService service) {
        this.service = service;
    }

    @LicensedOnly
    @GET
    @Path("/form")
    public RecurrenceForm form(@QueryParam("incident") String incidentKey) {
        return service.form(incidentKey);
    }

    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response mark(RecurrenceInput input) {
        Marked marked = service.mark(input == null ? new RecurrenceInput(null, null) : input);
        return Response.status(marked.created() ? Response.Status.CREATED : Response.Status.OK).entity(marked).build();
    }
}
