package dev.postmortems.jira.service.recurrence;

import dev.postmortems.jira.service.PostmortemIssue;

import java.util.List;

/** A postmortem and the incidents its problem came back in. */
public record PostmortemRecurrences(PostmortemIssue postmortem, List<RecurrenceIssue> recurrences) {
}
