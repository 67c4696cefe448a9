package dev.postmortems.jira.jira.team;

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
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.PolicyScans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Goes through a project's issues after its policy changed, once per cluster, as soon as the scheduler can. The
 * projects still to scan are kept in Jira's plugin settings, so a node that stops mid-scan leaves them for the next
 * run; scanning a project twice changes nothing the first scan did not.
 */
public final class PolicyScanJob implements JobRunner, PolicyScans {
    static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.postmortems.jira.policy-scan");
    public static final JobId JOB = JobId.of("dev.postmortems.jira.policy-scan");
    private static final String PENDING = "dev.postmortems.jira.policy.scan-pending";
    private static final Logger log = LoggerFactory.getLogger(PolicyScanJob.class);

    private final SchedulerService schedulerService;
    private final IncidentNeeds needs;
    private final PluginSettingsFactory pluginSettingsFactory;

    public PolicyScanJob(SchedulerService schedulerService, IncidentNeeds needs, PluginSettingsFactory pluginSettingsFactory) {
        this.schedulerService = schedulerService;
        this.needs = needs;
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    public void register() {
        schedulerService.registerJobRunner(RUNNER, this);
    }

    public void unregister() {
        schedulerService.unregisterJobRunner(RUNNER);
    }

    @Override
    public void scanSoon(String projectKey) {
        Set<String> pending = pending();
        pending.add(projectKey);
        settings().put(PENDING, String.join("\n", pending));
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
            Set<String> left = pending();
            left.remove(projectKey);
            settings().put(PENDING, String.join("\n", left));
        }
        return JobRunnerResponse.success(changed + " incidents changed standing");
    }

    private Set<String> pending() {
        Object value = settings().get(PENDING);
        return value == null ? new LinkedHashSet<>() : Arrays.stream(value.toString().split("\n")).map(String::strip)
                .filter(key -> !key.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private PluginSettings settings() {
        return pluginSettingsFactory.createGlobalSettings();
    }
}
