package com.atlassian.scheduler;

/** Stand-in (compile only). @PublicApi interface. */
public interface JobRunnerRequest {
    java.util.Date getStartTime();

    boolean isCancellationRequested();
}
