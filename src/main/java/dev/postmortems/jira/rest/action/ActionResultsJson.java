package dev.postmortems.jira.rest.action;

import dev.postmortems.jira.view.action.ActionView;

import java.util.List;
import java.util.Map;

/**
 * The result of creating several actions: one entry per action sent, in order. With 400 (nothing created) the
 * top-level errors repeat those of the first action, as Jira's own REST API shapes errors.
 */
public record ActionResultsJson(List<String> errorMessages, Map<String, String> errors, int created, int failed,
                                List<Result> results) {
    /** @param action the created action; null when it failed */
    public record Result(int index, String requestId, boolean created, ActionView action, List<String> errorMessages,
                         Map<String, String> errors) {
    }
}
