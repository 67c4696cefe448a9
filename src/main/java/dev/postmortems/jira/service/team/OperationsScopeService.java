package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.OperationsScope;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.OperationsScopeSettings;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.action.ActionTickets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Jira administrators choose where *Start postmortem* and *Mark as recurrence of…* are offered. */
public final class OperationsScopeService {
    private final OperationsScopeSettings settings;
    private final Projects projects;
    private final ActionTickets issueTypes;
    private final WhoIsAsking who;

    public OperationsScopeService(OperationsScopeSettings settings, Projects projects, ActionTickets issueTypes, WhoIsAsking who) {
        this.settings = settings;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.who = who;
    }

    public OperationsScope scope() {
        requireAdmin();
        return settings.scope();
    }

    /** All or nothing: an unknown project or issue type, or a narrowed scope that names neither, changes nothing. */
    public OperationsScope change(boolean everywhere, List<String> projectKeys, List<String> issueTypes) {
        requireAdmin();
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String key : projectKeys == null ? List.<String>of() : projectKeys) {
            String given = key == null ? "" : key.strip();
            projects.project(given).map(TargetProject::key).ifPresentOrElse(keys::add,
                    () -> errors.add(new FieldError("projects", "postmortems.action.error.project-unknown", List.of(given))));
        }
        Set<String> types = new LinkedHashSet<>();
        for (String type : issueTypes == null ? List.<String>of() : issueTypes) {
            String given = type == null ? "" : type.strip();
            this.issueTypes.issueTypeNamed(given).ifPresentOrElse(types::add,
                    () -> errors.add(new FieldError("issueTypes", "postmortems.config.error.issue-type-unknown", List.of(given))));
        }
        OperationsScope scope = new OperationsScope(everywhere, everywhere ? Set.of() : keys, everywhere ? Set.of() : types);
        if (errors.isEmpty() && !scope.isValid()) {
            errors.add(new FieldError("projects", "postmortems.config.error.scope-empty"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.save(scope);
        return settings.scope();
    }

    private void requireAdmin() {
        if (!who.isAdmin()) {
            throw ChangeNotAllowedException.siteSettings();
        }
    }
}
