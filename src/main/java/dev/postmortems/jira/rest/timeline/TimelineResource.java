package dev.postmortems.jira.rest.timeline;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.view.timeline.PastePreview;
import dev.postmortems.jira.view.timeline.TimelinePresenter;
import dev.postmortems.jira.view.timeline.TimelineRow;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.view.timeline.TimelineView;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/timeline}. Everyone may call it; Jira's permissions decide
 * in the service (browse to read, edit to change, 404 for those who may not browse). Changes take JSON only,
 * which browsers cannot send across sites without asking first: that is what keeps them XSRF-safe.
 */
@Path("/postmortems/{issueKey}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public final class TimelineResource {
    private final TimelineService service;
    private final PostmortemSnapshots snapshots;
    private final TimelinePresenter presenter;

    @Inject
    public TimelineResource(TimelineService service, PostmortemSnapshots snapshots, TimelinePresenter presenter) {
        this.service = service;
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    @AnonymousSiteAccess
    @GET
    public TimelineView timeline(@PathParam("issueKey") String issueKey) {
        return presenter.present(snapshots.of(issueKey));
    }

    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("issueKey") String issueKey, TimelineEntryJson entry) {
        TimelineEntryJson json = orEmpty(entry);
        TimelineService.Added added = service.add(issueKey, json.input(), json.requestId());
        return Response.status(added.now() ? Response.Status.CREATED : Response.Status.OK)
                .entity(presenter.row(added.entries().get(0))).build();
    }

    @LicensedOnly
    @PUT
    @Path("/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TimelineRow update(@PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId,
                                   TimelineEntryJson entry) {
        TimelineEntryJson json = orEmpty(entry);
        return presenter.row(service.update(issueKey, entryId, json.revision(), json.input()));
    }

    @LicensedOnly
    @DELETE
    @Path("/{entryId}")
    public Response delete(@PathParam("issueKey") String issueKey, @PathParam("entryId") long entryId) {
        service.delete(issueKey, entryId);
        return Response.noContent().build();
    }

    @LicensedOnly
    @POST
    @Path("/paste/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PastePreview preview(@PathParam("issueKey") String issueKey, PasteJson paste) {
        return presenter.preview(service.preview(issueKey, orEmpty(paste).input()));
    }

    @LicensedOnly
    @POST
    @Path("/paste")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addPasted(@PathParam("issueKey") String issueKey, PasteJson paste) {
        PasteJson json = orEmpty(paste);
        TimelineService.Added added = service.addPasted(issueKey, json.input(), json.requestId());
        return Response.status(added.now() ? Response.Status.CREATED : Response.Status.OK)
                .entity(added.entries().stream().map(presenter::row).toList()).build();
    }

    private static TimelineEntryJson orEmpty(TimelineEntryJson entry) {
        return entry == null ? new TimelineEntryJson(null, null, null, null, null) : entry;
    }

    private static PasteJson orEmpty(PasteJson paste) {
        return paste == null ? new PasteJson(null, null, null, null) : paste;
    }

}
