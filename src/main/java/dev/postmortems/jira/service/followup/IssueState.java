package dev.postmortems.jira.service.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What Jira says of an issue now, as far as the app's tables mirror it: its due day and resolution for the JQL
 * functions and reminders, when it was resolved for the Follow-through item, and its project — for a postmortem, the
 * project its actions count in.
 *
 * @param due        the due day (Jira keeps a due date as a calendar day)
 * @param resolved   whether it has a resolution
 * @param resolvedAt when it was resolved; empty while unresolved, or when Jira kept no date
 * @param created    when it was created
 * @param projectId  the project it is in
 * @param postmortem whether it is a Postmortem
 */
public record IssueState(Optional<LocalDate> due, boolean resolved, Optional<Instant> resolvedAt, Optional<Instant> created,
                         Optional<Long> projectId, boolean postmortem) {
}
