package com.atlassian.scheduler;

/** Stand-in (compile only). ref §18: @PublicApi interface. */
public interface JobRunnerRequest {
    java.util.Date getStartTime();

    boolean isCancellationRequested();
}
