package dev.postmortems.jira.rest.export;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.view.export.Export;
import dev.postmortems.jira.view.export.ExportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/export?format=markdown|confluence}: the whole postmortem as a
 * document to share, for whoever may browse it. With {@code download=true} the browser saves it as a file (the
 * issue's Export operations link here).
 */
@Path("/postmortems/{issueKey}/export")
public final class ExportResource {
    private final ExportService service;

    @Inject
    public ExportResource(ExportService service) {
        this.service = service;
    }

    @AnonymousSiteAccess
    @GET
    public Response export(@PathParam("issueKey") String issueKey, @QueryParam("format") String format,
                           @QueryParam("download") boolean download) {
        Export export = service.export(issueKey, format);
        Response.ResponseBuilder response = Response.ok(export.text(), export.mediaType() + "; charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff");
        if (download) {
            response.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
        }
        return response.build();
    }
}
