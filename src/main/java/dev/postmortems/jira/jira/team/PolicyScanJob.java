package dev.postmortems.jira.jira.team;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
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
import dev.postmortems.jira.jira.SettingLines;
import dev.postmortems.jira.service.TryAgainLaterException;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.PolicyScans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Goes through a project's issues after its policy changed, once per cluster, as soon as the scheduler can. The
 * projects still to scan are kept in Jira's plugin settings, so a node that stops mid-scan leaves them for the next
 * run; scanning a project twice changes nothing the first scan did not. The list is changed under a cluster lock, so
 * two administrators saving at once on two nodes both have their project scanned.
 */
public final class PolicyScanJob implements JobRunner, PolicyScans {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.postmortems.jira.policy-scan");
    public static final JobId JOB = JobId.of("dev.postmortems.jira.policy-scan");
    private static final String PENDING = "dev.postmortems.jira.policy.scan-pending";
    private static final String PENDING_LOCK = "dev.postmortems.jira.policy.scan-pending";
    private static final Logger log = LoggerFactory.getLogger(PolicyScanJob.class);

    private final SchedulerService schedulerService;
    private final IncidentNeeds needs;
    private final PluginSettingsFactory pluginSettingsFactory;
    private final ClusterLockService clusterLockService;

    public PolicyScanJob(SchedulerService schedulerService, IncidentNeeds needs, PluginSettingsFactory pluginSettingsFactory,
                         ClusterLockService clusterLockService) {
        this.schedulerService = schedulerService;
        this.needs = needs;
        this.pluginSettingsFactory = pluginSettingsFactory;
        this.clusterLockService = clusterLockService;
    }

    public void register() {
        schedulerService.registerJobRunner(RUNNER, this);
    }

    public void unregister() {
        schedulerService.unregisterJobRunner(RUNNER);
    }

    @Override
    public void scanSoon(String projectKey) {
        changePending(pending -> pending.add(projectKey));
        try {
            schedulerService.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null)));
        } catch (SchedulerServiceException e) {
            log.error("Postmortems: could not schedule the scan of project {}; its incidents follow as they change", projectKey, e);
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int changed = 0;
        for (String projectKey : pending()) {
            try {
                changed += needs.scan(projectKey);
            } catch (RuntimeException | LinkageError e) {
                // Left pending for the next run; meanwhile the project's incidents still follow as Jira announces changes.
                log.warn("Postmortems: could not go through the issues of project {} for its policy", projectKey, e);
                return JobRunnerResponse.failed(e);
            }
            changePending(pending -> pending.remove(projectKey));
        }
        return JobRunnerResponse.success(changed + " incidents changed standing");
    }

    /** Reads, changes and writes the list under the cluster's lock. */
    private void changePending(java.util.function.Consumer<Set<String>> change) {
        ClusterLock lock = clusterLockService.getLockForName(PENDING_LOCK);
        try {
            if (!lock.tryLock(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new TryAgainLaterException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TryAgainLaterException();
        }
        try {
            Set<String> pending = pending();
            change.accept(pending);
            settings().put(PENDING, SettingLines.write(pending));
        } finally {
            lock.unlock();
        }
    }

    private Set<String> pending() {
        return new LinkedHashSet<>(SettingLines.read(settings().get(PENDING)));
    }

    private PluginSettings settings() {
        return pluginSettingsFactory.createGlobalSettings();
    }
}
