package dev.postmortems.jira.service.action;

import java.util.Optional;

/**
 * A project's defaults for the actions of its postmortems.
 *
 * @param issueTypeName the issue type of new action tickets ({@value #DEFAULT_ISSUE_TYPE} unless configured)
 * @param targetProject where new action tickets go unless the team chooses; empty for the postmortem's project
 * @param dueInDays     the due date of a new action when none is given, in days from today; empty for none
 * @param priorityId    the Jira priority of a new action when none is given; empty for Jira's default
 */
public record ActionDefaults(String issueTypeName, Optional<String> targetProject, Optional<Integer> dueInDays,
                             Optional<String> priorityId) {
    public static final String DEFAULT_ISSUE_TYPE = "Task";

    public static ActionDefaults none() {
        return new ActionDefaults(DEFAULT_ISSUE_TYPE, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
