package dev.postmortems.jira.service;

import java.util.function.Supplier;

/**
 * Port: runs a read-check-write on one postmortem's data so that no other node of the cluster changes the
 * same data in between. A stale edit is detected inside it, never lost.
 */
public interface EditLock {
    <T> T whileEditing(long issueId, Supplier<T> work);
}
