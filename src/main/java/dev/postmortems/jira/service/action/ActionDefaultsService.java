package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.AdministeredProjects;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemNotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A project's action defaults, for the people who administer the project. */
public final class ActionDefaultsService {
    public static final int MAX_DUE_IN_DAYS = 3_650;
    /** Longer than any issue type name (Jira allows 60) or project key (Jira allows 255). */
    static final int MAX_NAME_LENGTH = 255;

    private final ActionTickets tickets;
    private final Projects projects;
    private final ActionSettings settings;

    public ActionDefaultsService(ActionTickets tickets, Projects projects, ActionSettings settings) {
        this.tickets = tickets;
        this.projects = projects;
        this.settings = settings;
    }

    public ActionDefaults defaults(String projectKey) {
        return settings.defaultsFor(administered(projectKey).key());
    }

    /** @param priorityId a Jira priority's id, or blank for Jira's default */
    public ActionDefaults save(String projectKey, String issueTypeName, String targetProject, Integer dueInDays, String priorityId) {
        TargetProject project = administered(projectKey);
        String issueType = issueTypeName == null || issueTypeName.isBlank() ? ActionDefaults.DEFAULT_ISSUE_TYPE : issueTypeName.strip();
        Optional<String> target = Optional.ofNullable(targetProject).map(String::strip).filter(key -> !key.isEmpty());
        List<FieldError> errors = new ArrayList<>();
        // Lengths first: a value no Jira name can have is refused without asking Jira, and never echoed back.
        Optional<String> knownType = issueType.length() > MAX_NAME_LENGTH ? Optional.empty() : tickets.issueTypeNamed(issueType);
        if (knownType.isEmpty()) {
            errors.add(issueType.length() > MAX_NAME_LENGTH
                    ? new FieldError("issueType", "postmortems.action.error.issue-type-too-long", List.of(MAX_NAME_LENGTH))
                    : new FieldError("issueType", "postmortems.action.error.issue-type-unknown", List.of(issueType)));
        }
        if (target.filter(key -> key.length() > MAX_NAME_LENGTH).isPresent()) {
            errors.add(new FieldError("targetProject", "postmortems.action.error.project-too-long", List.of(MAX_NAME_LENGTH)));
        } else if (target.isPresent() && projects.project(target.get()).isEmpty()) {
            errors.add(new FieldError("targetProject", "postmortems.action.error.project-unknown", List.of(target.get())));
        }
        if (dueInDays != null && (dueInDays < 0 || dueInDays > MAX_DUE_IN_DAYS)) {
            errors.add(new FieldError("dueInDays", "postmortems.action.error.due-in-days", List.of(MAX_DUE_IN_DAYS)));
        }
        Optional<String> priority = Optional.ofNullable(priorityId).map(String::strip).filter(id -> !id.isEmpty());
        if (priority.isPresent() && tickets.priorities().stream().noneMatch(known -> known.getKey().equals(priority.get()))) {
            errors.add(new FieldError("priority", "postmortems.action.error.priority-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionDefaults defaults = new ActionDefaults(knownType.get(), target, Optional.ofNullable(dueInDays), priority);
        settings.save(project.key(), defaults);
        return defaults;
    }

    private TargetProject administered(String projectKey) {
        return new AdministeredProjects(projects).administered(projectKey);
    }
}
