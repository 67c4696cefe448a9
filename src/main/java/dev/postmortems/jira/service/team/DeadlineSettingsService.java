package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.PostmortemDeadlines;
import dev.postmortems.jira.service.AdministeredProjects;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;

import java.util.ArrayList;
import java.util.List;

/** A project's deadlines for its postmortems, for the people who administer the project. */
public final class DeadlineSettingsService {
    private final AdministeredProjects projects;
    private final DeadlineSettings settings;

    public DeadlineSettingsService(Projects projects, DeadlineSettings settings) {
        this.projects = new AdministeredProjects(projects);
        this.settings = settings;
    }

    public PostmortemDeadlines deadlines(String projectKey) {
        return settings.deadlinesFor(projects.administered(projectKey).key());
    }

    /** All or nothing: each deadline is 1 to 60 working days; a field left out keeps its value. */
    public PostmortemDeadlines save(String projectKey, Integer highest, Integer high, Integer other) {
        TargetProject project = projects.administered(projectKey);
        PostmortemDeadlines current = settings.deadlinesFor(project.key());
        List<FieldError> errors = new ArrayList<>();
        check("highest", highest, errors);
        check("high", high, errors);
        check("other", other, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PostmortemDeadlines deadlines = new PostmortemDeadlines(highest == null ? current.highest() : highest,
                high == null ? current.high() : high, other == null ? current.other() : other);
        settings.save(project.key(), deadlines);
        return deadlines;
    }

    private static void check(String field, Integer days, List<FieldError> errors) {
        if (days != null && (days < 1 || days > PostmortemDeadlines.MAX_WORKING_DAYS)) {
            errors.add(new FieldError(field, "postmortems.deadline.error.days", List.of(PostmortemDeadlines.MAX_WORKING_DAYS)));
        }
    }
}
