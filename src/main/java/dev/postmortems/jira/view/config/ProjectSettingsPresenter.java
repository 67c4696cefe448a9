package dev.postmortems.jira.view.config;

import dev.postmortems.jira.domain.team.PostmortemDeadlines;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.action.ActionDefaults;
import dev.postmortems.jira.service.action.ActionDefaultsService;
import dev.postmortems.jira.service.action.ActionTickets;
import dev.postmortems.jira.service.team.DeadlineSettingsService;
import dev.postmortems.jira.service.team.PolicySettingsService;
import dev.postmortems.jira.view.action.ActionOption;

/** A project's settings page, read through the service that checks the reader administers the project. */
public final class ProjectSettingsPresenter {
    private final ActionDefaultsService defaults;
    private final ActionTickets tickets;
    private final Projects projects;
    private final DeadlineSettingsService deadlines;
    private final PolicySettingsService policies;

    public ProjectSettingsPresenter(ActionDefaultsService defaults, ActionTickets tickets, Projects projects,
                                    DeadlineSettingsService deadlines, PolicySettingsService policies) {
        this.defaults = defaults;
        this.tickets = tickets;
        this.projects = projects;
        this.deadlines = deadlines;
        this.policies = policies;
    }

    public ProjectSettingsView present(String projectKey) {
        ActionDefaults current = defaults.defaults(projectKey);
        PostmortemDeadlines due = deadlines.deadlines(projectKey);
        PostmortemPolicy policy = policies.policy(projectKey);
        TargetProject project = projects.project(projectKey)
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.action.error.project-not-found"));
        return new ProjectSettingsView(project.key(), project.name(), current.issueTypeName(), tickets.standardIssueTypes(),
                current.targetProject().orElse(""),
                projects.browsable().stream().map(target -> new ActionOption(target.key(), target.key() + " \u2014 " + target.name()))
                        .toList(),
                current.dueInDays().map(String::valueOf).orElse(""), ActionDefaultsService.MAX_DUE_IN_DAYS,
                current.priorityId().orElse(""),
                tickets.priorities().stream().map(priority -> new ActionOption(priority.getKey(), priority.getValue())).toList(),
                due.highest(), due.high(), due.other(), PostmortemDeadlines.MAX_WORKING_DAYS,
                tickets.incidentIssueTypes().stream().map(type -> new ScopeOption(type, type, policy.issueTypes().contains(type))).toList(),
                tickets.priorities().stream().map(priority -> new ScopeOption(priority.getValue(), priority.getValue(),
                        policy.priorities().contains(priority.getValue()))).toList());
    }
}
