package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What an action ticket is created with, as the current user, who becomes its reporter. */
public record NewTicket(TargetProject project, String issueTypeName, String summary, String description,
                        String assigneeUsername, Optional<LocalDate> dueDate, Optional<String> priorityId,
                        List<String> labels) {
}
