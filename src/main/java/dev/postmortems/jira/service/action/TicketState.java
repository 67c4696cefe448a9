package dev.postmortems.jira.service.action;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An action ticket as Jira has it now. A ticket the viewer may not browse is {@code visible == false} and carries
 * nothing but its key.
 *
 * @param assignee the assignee's display name, if any
 */
public record TicketState(long id, String key, boolean visible, String summary, Optional<String> assignee,
                          Optional<LocalDate> dueDate, String status, boolean resolved) {
}
