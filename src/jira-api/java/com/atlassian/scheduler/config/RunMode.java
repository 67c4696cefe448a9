package com.atlassian.scheduler.config;

/** Stand-in (compile only). */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
