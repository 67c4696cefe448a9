package com.atlassian.scheduler;

/** Stand-in (compile only). @PublicSpi interface. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
