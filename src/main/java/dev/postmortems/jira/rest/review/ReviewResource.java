package dev.postmortems.jira.rest.review;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.view.review.ReviewView;
import dev.postmortems.jira.service.review.Scheduled;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.view.review.ReviewPresenter;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/review}: the postmortem's follow-up review. {@code PUT}
 * schedules it (201) or, while a review is open, reschedules it (200). Same permission, XSRF and error rules as
 * the panels.
 */
@Path("/postmortems/{issueKey}/review")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewResource {
    private final ReviewService service;
    private final PostmortemSnapshots snapshots;
    private final ReviewPresenter presenter;

    @Inject
    public ReviewResource(ReviewService service, PostmortemSnapshots snapshots, ReviewPresenter presenter) {
        this.service = service;
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    /**
     * @param requestId make one per form and send it again when retrying: a second review is then never created
     * @param interval  {@code 1w}, {@code 2w} (default), {@code 1m}, {@code 2m} or {@code 3m}
     * @param date      a due date ({@code 2026-12-24}) instead of an interval
     * @param owner     the username of the person who runs the review
     */
    public record ScheduleJson(String requestId, String interval, String date, String owner) {
    }

    @AnonymousSiteAccess
    @GET
    public ReviewView review(@PathParam("issueKey") String issueKey) {
        return presenter.present(snapshots.of(issueKey));
    }

    @LicensedOnly
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("issueKey") String issueKey, ScheduleJson schedule) {
        ScheduleJson json = schedule == null ? new ScheduleJson(null, null, null, null) : schedule;
        Scheduled scheduled = service.schedule(issueKey, new ReviewInput(json.requestId(), json.interval(), json.date(), json.owner()));
        return Response.status(scheduled.created() ? Response.Status.CREATED : Response.Status.OK).entity(presenter.present(snapshots.of(issueKey))).build();
    }
}
