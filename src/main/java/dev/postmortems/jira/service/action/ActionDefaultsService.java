package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemNotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A project's action defaults, for the people who administer the project. */
public final class ActionDefaultsService {
    static final int MAX_DUE_IN_DAYS = 3_650;

    private final ActionTickets tickets;
    private final ActionSettings settings;

    public ActionDefaultsService(ActionTickets tickets, ActionSettings settings) {
        this.tickets = tickets;
        this.settings = settings;
    }

    public ActionDefaults defaults(String projectKey) {
        return settings.defaultsFor(administered(projectKey).key());
    }

    public ActionDefaults save(String projectKey, String issueTypeName, String targetProject, Integer dueInDays) {
        TargetProject project = administered(projectKey);
        List<FieldError> errors = new ArrayList<>();
        if (targetProject != null && !targetProject.isBlank() && tickets.project(targetProject.strip()).isEmpty()) {
            errors.add(new FieldError("targetProject", "postmortems.action.error.project-unknown", List.of(targetProject)));
        }
        if (dueInDays != null && (dueInDays < 0 || dueInDays > MAX_DUE_IN_DAYS)) {
            errors.add(new FieldError("dueInDays", "postmortems.action.error.due-in-days", List.of(MAX_DUE_IN_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActionDefaults defaults = new ActionDefaults(
                issueTypeName == null || issueTypeName.isBlank() ? ActionDefaults.DEFAULT_ISSUE_TYPE : issueTypeName.strip(),
                Optional.ofNullable(targetProject).map(String::strip).filter(key -> !key.isEmpty()),
                Optional.ofNullable(dueInDays));
        settings.save(project.key(), defaults);
        return defaults;
    }

    private TargetProject administered(String projectKey) {
        TargetProject project = tickets.project(projectKey == null ? "" : projectKey)
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.action.error.project-not-found"));
        if (!tickets.canAdminister(project)) {
            throw new ChangeNotAllowedException(projectKey);
        }
        return project;
    }
}
