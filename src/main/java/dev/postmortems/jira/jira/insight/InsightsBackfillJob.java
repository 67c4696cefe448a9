package dev.postmortems.jira.jira.insight;

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
import dev.postmortems.jira.service.insight.InsightsBackfill;
import dev.postmortems.jira.service.timeline.MeasuredTimelineStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once after the app starts, once per cluster: fills in what the dashboard items read for data written before the
 * app kept it — the measures of older postmortems' timelines, the project and dates of older actions, the
 * postmortems' rows of the pipeline. What is
 * already filled in is left alone, so a second run, or a run on every start, changes nothing.
 */
public final class InsightsBackfillJob implements JobRunner {
    // The keys it had when it filled in measures only: a site that scheduled it then keeps one job.
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.postmortems.jira.measure-backfill");
    public static final JobId JOB = JobId.of("dev.postmortems.jira.measure-backfill");
    private static final Logger log = LoggerFactory.getLogger(InsightsBackfillJob.class);

    private final SchedulerService schedulerService;
    private final MeasuredTimelineStore timeline;
    private final InsightsBackfill insights;

    public InsightsBackfillJob(SchedulerService schedulerService, MeasuredTimelineStore timeline, InsightsBackfill insights) {
        this.schedulerService = schedulerService;
        this.timeline = timeline;
        this.insights = insights;
    }

    public void register() {
        schedulerService.registerJobRunner(RUNNER, this);
        try {
            schedulerService.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException e) {
            log.error("Postmortems: could not schedule filling in older postmortems' measures and actions; they are filled in at their next change", e);
        }
    }

    public void unregister() {
        schedulerService.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int measured = timeline.backfill();
            int mirrored = insights.backfill();
            return JobRunnerResponse.success(measured + " postmortems measured, " + mirrored + " older issues mirrored");
        } catch (RuntimeException e) {
            log.warn("Postmortems: could not fill in older postmortems' measures and actions; the next start tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
