package com.atlassian.beehive;

/**
 * Stand-in (compile only). Beehive javadoc 0.0.8: {@code public interface ClusterLock extends Lock}.
 * The app calls only the inherited {@code tryLock(long, TimeUnit)} and {@code unlock()} (ClusterEditLock, and the
 * policy scan's list of projects to scan).
 */
public interface ClusterLock extends java.util.concurrent.locks.Lock {
}
