package dev.postmortems.jira.service.recurrence;

import java.time.Instant;

/** An issue a postmortem's problem came back in; one the reader may not browse carries only its id. */
public record RecurrenceIssue(long id, boolean visible, String key, String summary, Instant created) {
}
