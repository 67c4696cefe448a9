package dev.postmortems.jira.domain.action;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The description of an action ticket: what the team wrote, then a line that links back to the postmortem and
 * carries the action's reference. Jira tells the app about every issue it creates; the reference in that line is
 * how the app knows the ticket is the one it asked for, even if it was interrupted before it could note it.
 */
public final class ActionDescription {
    private static final Pattern REFERENCE = Pattern.compile("\\(postmortem action ref ([A-Za-z0-9-]{8,64})\\)");

    private ActionDescription() {
    }

    public static String of(String teamText, String postmortemKey, String requestId) {
        String body = teamText == null || teamText.isBlank() ? "" : teamText.strip() + "\n\n";
        return body + "----\nAction from postmortem " + postmortemKey + " (postmortem action ref " + requestId + ")";
    }

    /** The reference in an issue's description, if the app wrote it. */
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
