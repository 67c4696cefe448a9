package dev.postmortems.jira.domain.review;

import dev.postmortems.jira.domain.RequestReference;

import java.util.Optional;

/**
 * The review ticket's description: what the team wrote, then a last line that names the postmortem and carries the
 * scheduling request's reference, so the app recognises the ticket when Jira announces it.
 */
public final class ReviewDescription {
    /** The label every review ticket carries, for plain JQL ({@code labels = postmortem-review}). */
    public static final String LABEL = "postmortem-review";

    private ReviewDescription() {
    }

    public static String of(String body, String postmortemKey, String requestId) {
        return body.strip() + "\n\n----\nFollow-up review of postmortem " + postmortemKey + " " + RequestReference.REVIEW.line(requestId);
    }

    public static Optional<String> referenceIn(String description) {
        return RequestReference.REVIEW.in(description);
    }
}
