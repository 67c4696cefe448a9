package dev.postmortems.jira.domain.action;

import dev.postmortems.jira.domain.RequestReference;

import java.util.Optional;

/**
 * The description of an action ticket: what the team wrote, then a line that links back to the postmortem and
 * carries the action's reference. Jira tells the app about every issue it creates; the reference in that line is
 * how the app knows the ticket is the one it asked for, even if it was interrupted before it could note it.
 */
public final class ActionDescription {
    private ActionDescription() {
    }

    public static String of(String teamText, String postmortemKey, String requestId) {
        String body = teamText == null || teamText.isBlank() ? "" : teamText.strip() + "\n\n";
        return body + "----\nAction from postmortem " + postmortemKey + " " + RequestReference.ACTION.line(requestId);
    }

    /** The reference in an issue's description, if the app wrote it. */
    public static Optional<String> referenceIn(String description) {
        return RequestReference.ACTION.in(description);
    }
}
