package dev.postmortems.jira.rest.verdict;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.verdict.VerdictInput;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.verdict.ReviewMeeting;
import dev.postmortems.jira.service.verdict.VerdictService;
import dev.postmortems.jira.view.IssuePanels;
import dev.postmortems.jira.view.PostmortemPanel;
import dev.postmortems.jira.view.verdict.ReviewMeetingPresenter;
import dev.postmortems.jira.view.verdict.ReviewMeetingView;
import dev.postmortems.jira.view.verdict.VerdictView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/reviews/{reviewKey}}: the follow-up review meeting of one of
 * the postmortem's review tickets — read it (browse the review ticket and the postmortem), give verdicts (edit the
 * review ticket). Same XSRF and error rules as the panels: 400 names the field, 409 returns the verdict given
 * meanwhile, and a review of another postmortem is not found.
 */
@Path("/postmortems/{issueKey}/reviews/{reviewKey}")
@Produces(MediaType.APPLICATION_JSON)
public final class ReviewMeetingResource {
    private static final String REVIEW_NOT_FOUND = "postmortems.verdict.error.review-not-found";

    private final VerdictService service;
    private final ReviewMeetingPresenter presenter;
    private final IssuePanels panels;

    @Inject
    public ReviewMeetingResource(VerdictService service, ReviewMeetingPresenter presenter, IssuePanels panels) {
        this.service = service;
        this.presenter = presenter;
        this.panels = panels;
    }

    /**
     * The verdict as someone gives it.
     *
     * @param replaces the id of the verdict this review had for the action when the editor opened it; null for none
     */
    public record VerdictJson(String verdict, String evidence, String reason, Long replaces) {
    }

    @AnonymousSiteAccess
    @GET
    public ReviewMeetingView meeting(@PathParam("issueKey") String issueKey, @PathParam("reviewKey") String reviewKey) {
        return presenter.present(meetingOf(issueKey, reviewKey));
    }

    /** The review ticket's panel, rendered again as the issue page renders it. */
    @AnonymousSiteAccess
    @GET
    @Path("/panel")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String panel(@PathParam("issueKey") String issueKey, @PathParam("reviewKey") String reviewKey) {
        ReviewMeeting meeting = meetingOf(issueKey, reviewKey);
        return panels.html(PostmortemPanel.VERDICT, meeting.review().key())
                .orElseThrow(() -> new PostmortemNotFoundException(REVIEW_NOT_FOUND));
    }

    @LicensedOnly
    @PUT
    @Path("/verdicts/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VerdictView judge(@PathParam("issueKey") String issueKey, @PathParam("reviewKey") String reviewKey,
                             @PathParam("actionId") long actionId, VerdictJson verdict) {
        meetingOf(issueKey, reviewKey);
        VerdictRecord judged = service.judge(reviewKey, actionId,
                verdict == null ? null : new VerdictInput(verdict.verdict(), verdict.evidence(), verdict.reason(), verdict.replaces()));
        return presenter.verdict(judged);
    }

    /** The meeting, if the review ticket reviews this postmortem; "not found" alike for every other case. */
    private ReviewMeeting meetingOf(String issueKey, String reviewKey) {
        ReviewMeeting meeting = service.meeting(reviewKey);
        if (issueKey == null || !meeting.postmortem().postmortem().key().equals(issueKey.strip().toUpperCase(Locale.ROOT))) {
            throw new PostmortemNotFoundException(REVIEW_NOT_FOUND);
        }
        return meeting;
    }
}
