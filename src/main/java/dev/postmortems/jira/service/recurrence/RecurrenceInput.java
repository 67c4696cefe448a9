package dev.postmortems.jira.service.recurrence;

/** "This incident is a recurrence of that postmortem", as asked from the incident. */
public record RecurrenceInput(String incidentKey, String postmortemKey) {
}
