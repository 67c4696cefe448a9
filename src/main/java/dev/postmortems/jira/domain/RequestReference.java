package dev.postmortems.jira.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference of a request that creates a Jira issue, written into the issue's description as
 * "(postmortem action ref 3f2a…)". When Jira announces the new issue, the app finds its request by it, so a
 * retry of the request finds the issue instead of creating a second one.
 */
public enum RequestReference {
    ACTION("action"),
    START("start"),
    REVIEW("review");

    /** What a reference looks like: 8 to 64 letters, digits or hyphens (a UUID fits). */
    private static final String FORM = "[A-Za-z0-9-]{8,64}";
    private static final Pattern WELL_FORMED = Pattern.compile(FORM);

    private final String kind;
    private final Pattern pattern;

    RequestReference(String kind) {
        this.kind = kind;
        this.pattern = Pattern.compile("\\(postmortem " + kind + " ref (" + FORM + ")\\)");
    }

    /** Whether a reference sent by a form has the form the app writes and finds again. */
    public static boolean isWellFormed(String requestId) {
        return requestId != null && WELL_FORMED.matcher(requestId).matches();
    }

    /** The form's reference, or a new one when it sent none (such a request is then not safe to retry). */
    public static String orNew(String requestId) {
        return requestId == null || requestId.isBlank() ? java.util.UUID.randomUUID().toString() : requestId.strip();
    }

    public String line(String requestId) {
        return "(postmortem " + kind + " ref " + requestId + ")";
    }

    /** The reference in an issue's description, if the app wrote one: the last, as the app's line ends it. */
    public Optional<String> in(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(description);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        return Optional.ofNullable(found);
    }
}
