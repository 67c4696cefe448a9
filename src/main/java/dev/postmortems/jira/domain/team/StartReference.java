package dev.postmortems.jira.domain.team;

import dev.postmortems.jira.domain.RequestReference;

import java.util.Optional;

/**
 * The last line of a postmortem's description when the app started it from an incident: it names the incident and
 * carries the request's reference, so the app recognises the issue Jira created even if it was interrupted.
 */
public final class StartReference {
    private StartReference() {
    }

    public static String description(String incidentKey, String requestId) {
        return "Postmortem of incident " + incidentKey + ".\n\n----\n" + RequestReference.START.line(requestId);
    }

    public static Optional<String> in(String description) {
        return RequestReference.START.in(description);
    }
}
