package dev.postmortems.jira.service;

import dev.postmortems.jira.domain.OperationsScope;

/** Port: where the app's issue operations are offered, kept in Jira and shared by every node. */
public interface OperationsScopeSettings {
    /** {@link OperationsScope.onEveryIssue()} until an administrator narrows it. */
    OperationsScope scope();

    void save(OperationsScope scope);
}
