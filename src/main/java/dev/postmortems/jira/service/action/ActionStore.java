package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionRecord;

import java.util.List;

/** Port: the app's records of a postmortem's actions. */
public interface ActionStore {
    /** Every action of the postmortem, in one query whatever their number. */
    List<ActionRecord> actionsOf(long issueId);
}
