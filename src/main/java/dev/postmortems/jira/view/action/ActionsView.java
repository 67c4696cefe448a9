package dev.postmortems.jira.view.action;

import java.util.List;

/**
 * The actions of a postmortem as one person sees them; the panel renders it and the REST resource returns it.
 *
 * @param summary    e.g. "5 actions · 2 done · 1 overdue"
 * @param projectKey the postmortem's project, the default target of new actions
 * @param rootCauses   the chains an action may address (id, problem)
 * @param configurable       the reader administers the project, so may set its defaults for new actions
 * @param projectSettingsUrl where they do: the project's settings page for postmortems
 */
public record ActionsView(String issueKey, boolean editable, String summary, String projectKey, List<ActionView> actions,
                          List<ActionOption> kinds, List<ActionOption> priorities, List<ActionOption> rootCauses,
                          boolean configurable, String projectSettingsUrl) {
}
