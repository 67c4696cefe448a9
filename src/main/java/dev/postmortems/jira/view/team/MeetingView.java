package dev.postmortems.jira.view.team;

/**
 * A postmortem's meeting as one person reads it, in their time zone and date format.
 *
 * @param scheduled false when there is no meeting yet (the other fields are then empty)
 * @param date      ISO day in the reader's zone, for the form
 * @param time      {@code HH:mm} in the reader's zone, for the form
 * @param when      the start and end in the reader's format, "04/Dec/26 2:30 PM – 3:30 PM"
 * @param sequence  the version the reader sees, sent back with a change
 * @param invitation the address of the invitation file (.ics)
 * @param editable  whether the reader may set the meeting (Edit Issues on the postmortem)
 */
public record MeetingView(boolean scheduled, String date, String time, int minutes, String place, String when, int sequence,
                          String invitation, boolean editable) {
}
