package dev.postmortems.jira.domain.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of a review ticket's description: it names the postmortem and carries the scheduling request's
 * reference, so the app recognises the ticket when Jira announces it.
 */
public final class ReviewDescription {
    private static final Pattern REFERENCE = Pattern.compile("\\(postmortem review ref ([A-Za-z0-9-]{8,64})\\)");

    private ReviewDescription() {
    }

    public static String of(String body, String postmortemKey, String requestId) {
        return body.strip() + "\n\n----\nFollow-up review of postmortem " + postmortemKey + " (postmortem review ref " + requestId + ")";
    }

    public static Optional<String> referenceIn(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(description);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1); // the last one: the app's line is always at the end
        }
        return Optional.ofNullable(found);
    }
}
