package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.PostmortemIssue;

/**
 * Told when a postmortem's actions changed in a way the reviews' outcomes depend on: a follow-up action was created,
 * an action was taken off. The verdicts feature listens, so the actions feature need not know of it.
 */
public interface ActionChanges {
    void changed(PostmortemIssue postmortem);
}
