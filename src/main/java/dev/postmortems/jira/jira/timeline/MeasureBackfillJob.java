package dev.postmortems.jira.jira.timeline;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.postmortems.jira.service.timeline.MeasuredTimelineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once after the app starts, once per cluster: records the measures of postmortems whose timelines were written
 * before the app kept them. A postmortem already measured is left alone, so a second run, or a run on every start,
 * changes nothing.
 */
public final class MeasureBackfillJob implements JobRunner {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.postmortems.jira.measure-backfill");
    public static final JobId JOB = JobId.of("dev.postmortems.jira.measure-backfill");
    private static final Logger log = LoggerFactory.getLogger(MeasureBackfillJob.class);

    private final SchedulerService schedulerService;
    private final MeasuredTimelineStore timeline;

    public MeasureBackfillJob(SchedulerService schedulerService, MeasuredTimelineStore timeline) {
        this.schedulerService = schedulerService;
        this.timeline = timeline;
    }

    public void register() {
        schedulerService.registerJobRunner(RUNNER, this);
        try {
            schedulerService.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException e) {
            log.error("Postmortems: could not schedule the measures of older postmortems; they are measured at their next change", e);
        }
    }

    public void unregister() {
        schedulerService.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(timeline.backfill() + " postmortems measured");
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not measure the older postmortems; the next start tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
