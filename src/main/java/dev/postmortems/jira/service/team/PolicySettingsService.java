package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.service.AdministeredProjects;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.action.ActionTickets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's policy — which incidents need a postmortem — for the people who administer the project. Chosen from
 * Jira's own issue types and priorities; saving it has the project's issues gone through again in the background.
 */
public final class PolicySettingsService {
    /** More choices than Jira has types and priorities is not a choice. */
    static final int MAX_CHOICES = 100;

    private final AdministeredProjects projects;
    private final PolicySettings settings;
    private final ActionTickets jiraLists;
    private final PolicyScans scans;

    public PolicySettingsService(Projects projects, PolicySettings settings, ActionTickets jiraLists, PolicyScans scans) {
        this.projects = new AdministeredProjects(projects);
        this.settings = settings;
        this.jiraLists = jiraLists;
        this.scans = scans;
    }

    public PostmortemPolicy policy(String projectKey) {
        return settings.policyFor(projects.administered(projectKey).key());
    }

    /**
     * All or nothing: every issue type and priority is one Jira has (never the app's own types: a postmortem needs
     * no postmortem); a priority without an issue type asks for nothing.
     */
    public PostmortemPolicy save(String projectKey, List<String> issueTypes, List<String> priorities) {
        TargetProject project = projects.administered(projectKey);
        List<FieldError> errors = new ArrayList<>();
        Set<String> types = chosen("issueTypes", issueTypes, jiraLists.incidentIssueTypes(), errors);
        Set<String> levels = chosen("priorities", priorities, jiraLists.priorities().stream().map(Map.Entry::getValue).toList(), errors);
        if (types.isEmpty() && !levels.isEmpty()) {
            errors.add(new FieldError("issueTypes", "postmortems.policy.error.types-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PostmortemPolicy policy = new PostmortemPolicy(types, levels);
        settings.save(project.key(), policy);
        scans.scanSoon(project.key());
        return policy;
    }

    /** The names as Jira spells them; an unknown one is named in the error. */
    private static Set<String> chosen(String field, List<String> given, List<String> known, List<FieldError> errors) {
        Set<String> names = new LinkedHashSet<>();
        if (given == null) {
            return names;
        }
        if (given.size() > MAX_CHOICES) {
            errors.add(new FieldError(field, "postmortems.policy.error.too-many", List.of(MAX_CHOICES)));
            return names;
        }
        for (String name : given) {
            String match = name == null ? null : known.stream().filter(candidate -> candidate.equalsIgnoreCase(name.strip())).findFirst().orElse(null);
            if (match == null) {
                errors.add(new FieldError(field, "postmortems.policy.error.unknown", List.of(String.valueOf(name))));
                return names;
            }
            names.add(match);
        }
        return names;
    }
}
