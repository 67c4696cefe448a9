package dev.postmortems.jira.view.team;

/**
 * The notice at the top of an incident its project's policy asks a postmortem for.
 *
 * @param needed   true while a postmortem is owed; false once it was waived
 * @param headline "This incident needs a postmortem — due in 2 days", or who waived it and when
 * @param overdue  whether the postmortem would be late already
 * @param reason   the waiver's reason, or {@code ""}
 * @param editable whether the reader may waive it or withdraw the waiver
 * @param startable whether the reader may start a postmortem
 */
public record IncidentNoticeView(String incidentKey, boolean needed, String headline, boolean overdue, String reason,
                                 boolean editable, boolean startable, int maxReason) {
}
