package dev.postmortems.jira.jiradouble;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Beehive's cluster locks for nodes simulated by threads of one JVM. Counts acquisitions so tests can check
 * that work ran under the lock.
 */
public final class InMemoryClusterLockService implements ClusterLockService {
    private final Map<String, NamedLock> locks = new ConcurrentHashMap<>();

    @Override
    public ClusterLock getLockForName(String lockName) {
        return locks.computeIfAbsent(lockName, name -> new NamedLock());
    }

    public int timesAcquired(String lockName) {
        NamedLock lock = locks.get(lockName);
        return lock == null ? 0 : lock.acquisitions.get();
    }

    public boolean isHeld(String lockName) {
        NamedLock lock = locks.get(lockName);
        return lock != null && lock.lock.isLocked();
    }

    private static final class NamedLock implements ClusterLock {
        private final ReentrantLock lock = new ReentrantLock();
        private final AtomicInteger acquisitions = new AtomicInteger();

        @Override
        public void lock() {
            lock.lock();
            acquisitions.incrementAndGet();
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            lock.lockInterruptibly();
            acquisitions.incrementAndGet();
        }

        @Override
        public boolean tryLock() {
            return counted(lock.tryLock());
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return counted(lock.tryLock(time, unit));
        }

        @Override
        public void unlock() {
            lock.unlock();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("Beehive cluster locks have no conditions");
        }

        private boolean counted(boolean acquired) {
            if (acquired) {
                acquisitions.incrementAndGet();
            }
            return acquired;
        }
    }
}
