package dev.postmortems.jira.store.testing;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks for one node, held by the database as Jira's are: a PostgreSQL advisory lock per lock name,
 * taken on a connection the node keeps while it holds the lock. Threads of the same node queue on a local lock
 * first, as Beehive does, so the database sees one holder per node.
 */
final class AdvisoryClusterLocks implements ClusterLockService {
    private static final long POLL_MILLIS = 5;

    private final DatabaseConnection database;
    private final Map<String, AdvisoryLock> locks = new ConcurrentHashMap<>();

    AdvisoryClusterLocks(DatabaseConnection database) {
        this.database = database;
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, AdvisoryLock::new);
    }

    private final class AdvisoryLock implements ClusterLock {
        private final long key;
        private final ReentrantLock local = new ReentrantLock();
        private Connection held;

        AdvisoryLock(String name) {
            this.key = name.hashCode();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            if (!local.tryLock(time, unit)) {
                return false;
            }
            if (local.getHoldCount() > 1) {
                return true;
            }
            try {
                Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                while (!tryAdvisoryLock(connection)) {
                    if (System.nanoTime() > deadline) {
                        connection.close();
                        local.unlock();
                        return false;
                    }
                    Thread.sleep(POLL_MILLIS);
                }
                held = connection;
                return true;
            } catch (SQLException e) {
                local.unlock();
                throw new IllegalStateException("The database did not answer the lock request", e);
            }
        }

        @Override
        public void unlock() {
            try {
                if (local.getHoldCount() == 1) {
                    try (PreparedStatement unlock = held.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                        unlock.setLong(1, key);
                        unlock.execute();
                    } finally {
                        held.close();
                        held = null;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The database did not release the lock", e);
            } finally {
                local.unlock();
            }
        }

        private boolean tryAdvisoryLock(Connection connection) throws SQLException {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, key);
                try (ResultSet result = lock.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        }

        @Override
        public void lock() {
            try {
                while (!tryLock(1, TimeUnit.HOURS)) {
                    Thread.onSpinWait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock(1, TimeUnit.HOURS)) {
                Thread.onSpinWait();
            }
        }

        @Override
        public boolean tryLock() {
            try {
                return tryLock(0, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Beehive cluster locks have no conditions");
        }
    }
}
