package com.atlassian.beehive;

/** Stand-in (compile only). Beehive javadoc 0.0.6/0.0.8 and a decompiled recent beehive: one method. */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
