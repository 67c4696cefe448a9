package com.atlassian.scheduler;

/** Stand-in (compile only). ref §18: @PublicSpi interface. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
