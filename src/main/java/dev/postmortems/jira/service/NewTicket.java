package dev.postmortems.jira.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the app creates a ticket with, as the current user, who becomes its reporter.
 *
 * @param type          an action (of the issue type named {@code issueTypeName}), a review or a postmortem
 * @param issueTypeName for an action: the issue type its project's defaults name; ignored otherwise
 * @param labels        added once the ticket exists
 */
public record NewTicket(Type type, TargetProject project, String issueTypeName, String summary, String description,
                        String assigneeUsername, Optional<LocalDate> dueDate, Optional<String> priorityId,
                        List<String> labels) {
    public enum Type {
        ACTION, REVIEW, POSTMORTEM
    }

    public NewTicket {
        labels = List.copyOf(labels);
    }
}
