package dev.postmortems.jira.jiradouble;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Jira's scheduler without a clock: tests run a scheduled job when they choose, as the cluster's chosen node would. */
public final class InMemorySchedulerService implements SchedulerService {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        jobs.put(jobId, jobConfig);
    }

    public Map<JobId, JobConfig> jobs() {
        return Map.copyOf(jobs);
    }

    /** Runs the job now, as its runner would be called when its time comes. */
    public JobRunnerResponse run(String jobId) {
        JobConfig config = jobs.get(JobId.of(jobId));
        if (config == null) {
            throw new IllegalStateException("No job " + jobId + " is scheduled");
        }
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            throw new IllegalStateException("No runner for " + config.getJobRunnerKey());
        }
        return runner.runJob(new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date();
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        });
    }
}
