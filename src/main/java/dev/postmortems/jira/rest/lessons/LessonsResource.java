package dev.postmortems.jira.rest.lessons;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.view.lessons.LessonsPresenter;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.view.lessons.LessonsView;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/lessons}: the answers to the five questions, saved all at
 * once. Same rules as the other panels: Jira's permissions in the service, JSON-only changes, 409 with the current
 * answers when someone saved in between. The blameless check's findings come back in {@code answerParts}.
 */
@Path("/postmortems/{issueKey}/lessons")
@Produces(MediaType.APPLICATION_JSON)
public final class LessonsResource {
    private final LessonsService service;
    private final PostmortemSnapshots snapshots;
    private final LessonsPresenter presenter;

    @Inject
    public LessonsResource(LessonsService service, PostmortemSnapshots snapshots, LessonsPresenter presenter) {
        this.service = service;
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    @AnonymousSiteAccess
    @GET
    public LessonsView lessons(@PathParam("issueKey") String issueKey) {
        return presenter.present(snapshots.of(issueKey));
    }

    @LicensedOnly
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LessonsView save(@PathParam("issueKey") String issueKey, LessonsJson lessons) {
        LessonsJson json = lessons == null ? new LessonsJson(null, null) : lessons;
        return presenter.present(service.save(issueKey, json.revision(), json.input()));
    }
}
