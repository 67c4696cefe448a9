package dev.postmortems.jira.jira.reminder;

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
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.service.reminder.OverdueReminders;
import dev.postmortems.jira.service.reminder.ReminderSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Runs the overdue reminders once per cluster, daily unless a Jira administrator set another interval. Scheduling
 * under a fixed job id replaces the previous schedule, so every node may register it at start-up.
 */
public final class OverdueReminderJob implements JobRunner, ReminderSchedule {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.postmortems.jira.overdue-reminders");
    static final JobId JOB = JobId.of("dev.postmortems.jira.overdue-reminders");
    /** Plugin setting: hours between runs, {@value ReminderSchedule#MIN_HOURS} to {@value ReminderSchedule#MAX_HOURS}. */
    public static final String INTERVAL_SETTING = "dev.postmortems.jira.reminders.interval-hours";
    static final int DEFAULT_HOURS = 24;
    private static final Logger log = LoggerFactory.getLogger(OverdueReminderJob.class);

    private final SchedulerService schedulerService;
    private final OverdueReminders reminders;
    private final PluginSettingsFactory pluginSettingsFactory;

    public OverdueReminderJob(SchedulerService schedulerService, OverdueReminders reminders, PluginSettingsFactory pluginSettingsFactory) {
        this.schedulerService = schedulerService;
        this.reminders = reminders;
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    public void register() {
        schedulerService.registerJobRunner(RUNNER, this);
        schedule();
    }

    @Override
    public void reschedule(int hours) {
        pluginSettingsFactory.createGlobalSettings().put(INTERVAL_SETTING, Integer.toString(hours));
        schedule();
    }

    private void schedule() {
        try {
            schedulerService.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(Duration.ofHours(intervalHours()).toMillis(), null)));
        } catch (SchedulerServiceException e) {
            log.error("Postmortems: could not schedule the overdue reminders", e);
        }
    }

    public void unregister() {
        schedulerService.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            int sent = reminders.run();
            return JobRunnerResponse.success(sent + " overdue reminders");
        } catch (RuntimeException e) {
            log.warn("Postmortems: the overdue reminders failed; the next run tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** The configured interval, or a day when it is missing or out of range. */
    @Override
    public int intervalHours() {
        Object value = pluginSettingsFactory.createGlobalSettings().get(INTERVAL_SETTING);
        try {
            int hours = value == null ? DEFAULT_HOURS : Integer.parseInt(value.toString().strip());
            return hours >= MIN_HOURS && hours <= MAX_HOURS ? hours : DEFAULT_HOURS;
        } catch (NumberFormatException e) {
            return DEFAULT_HOURS;
        }
    }
}
