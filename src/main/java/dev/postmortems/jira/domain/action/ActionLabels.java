package dev.postmortems.jira.domain.action;

import java.util.List;

/** The labels every action ticket carries, so people find actions with plain JQL ({@code labels = postmortem-action}). */
public final class ActionLabels {
    public static final String ACTION = "postmortem-action";

    private ActionLabels() {
    }

    public static String of(ActionKind kind) {
        return "postmortem-" + kind.key();
    }

    public static List<String> forAction(ActionKind kind) {
        return List.of(ACTION, of(kind));
    }
}
