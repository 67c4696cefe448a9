package dev.postmortems.jira.rest.recurrence;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.service.recurrence.PostmortemRecurrences;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.view.recurrence.RecurrencePresenter;
import dev.postmortems.jira.service.recurrence.RecurrenceService;
import dev.postmortems.jira.view.recurrence.RecurrenceView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /rest/postmortems/1.0/postmortems/{issueKey}/recurrences}: the incidents a postmortem's problem came back in. */
@Path("/postmortems/{issueKey}/recurrences")
@Produces(MediaType.APPLICATION_JSON)
public final class PostmortemRecurrencesResource {
    private final RecurrenceService service;
    private final RecurrencePresenter presenter;
    private final PostmortemSnapshots snapshots;

    @Inject
    public PostmortemRecurrencesResource(RecurrenceService service, RecurrencePresenter presenter, PostmortemSnapshots snapshots) {
        this.service = service;
        this.presenter = presenter;
        this.snapshots = snapshots;
    }

    @AnonymousSiteAccess
    @GET
    public RecurrenceView recurrences(@PathParam("issueKey") String issueKey) {
        PostmortemRecurrences recurrences = service.recurrences(issueKey);
        return presenter.present(recurrences, snapshots.of(recurrences.postmortem()));
    }
}
