package dev.postmortems.jira.domain.team;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of a postmortem's description when the app started it from an incident: it names the incident and
 * carries the request's reference, so the app recognises the issue Jira created even if it was interrupted.
 */
public final class StartReference {
    private static final Pattern REFERENCE = Pattern.compile("\\(postmortem start ref ([A-Za-z0-9-]{8,64})\\)");

    private StartReference() {
    }

    public static String description(String incidentKey, String requestId) {
        return "Postmortem of incident " + incidentKey + ".\n\n----\n(postmortem start ref " + requestId + ")";
    }

    public static Optional<String> in(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE.matcher(description);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        return Optional.ofNullable(found);
    }
}
