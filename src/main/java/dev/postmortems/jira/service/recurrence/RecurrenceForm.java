package dev.postmortems.jira.service.recurrence;

import java.util.Map;

/** What the "Mark as recurrence of…" dialog shows for an incident: its texts, in the person's language. */
public record RecurrenceForm(String incidentKey, Map<String, String> labels) {
}
