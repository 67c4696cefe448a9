package dev.postmortems.jira.jira;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.TryAgainLaterException;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Edits of one postmortem, serialised across the cluster with a Beehive lock. Jira keeps a database row for
 * every lock name it has seen, so postmortems share a fixed set of 64 striped names instead of one each.
 */
public final class ClusterEditLock implements EditLock {
    static final int STRIPES = 64;
    private static final long WAIT_SECONDS = 10;

    private final ClusterLockService clusterLockService;

    public ClusterEditLock(ClusterLockService clusterLockService) {
        this.clusterLockService = clusterLockService;
    }

    @Override
    public <T> T whileEditing(long issueId, Supplier<T> work) {
        ClusterLock lock = clusterLockService.getLockForName(lockName(issueId));
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new TryAgainLaterException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TryAgainLaterException();
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    static String lockName(long issueId) {
        return "dev.postmortems.jira.edit." + Math.floorMod(issueId, STRIPES);
    }
}
