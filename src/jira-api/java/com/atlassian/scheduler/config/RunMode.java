package com.atlassian.scheduler.config;

/** Stand-in (compile only). ref §18. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
