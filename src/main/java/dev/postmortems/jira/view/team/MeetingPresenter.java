package dev.postmortems.jira.view.team;

import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.domain.team.MeetingInput;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.view.DateTexts;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** A postmortem's meeting in the reader's zone and words. */
public final class MeetingPresenter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WhoIsAsking whoIsAsking;
    private final DateTexts dates;
    private final Messages messages;

    public MeetingPresenter(WhoIsAsking whoIsAsking, DateTexts dates, Messages messages) {
        this.whoIsAsking = whoIsAsking;
        this.dates = dates;
        this.messages = messages;
    }

    /**
     * @param invitation where the invitation file of this postmortem is served
     * @param editable   whether the reader may set the meeting
     */
    public MeetingView present(Optional<Meeting> meeting, String invitation, boolean editable) {
        if (meeting.isEmpty()) {
            return new MeetingView(false, "", "", MeetingInput.DEFAULT_MINUTES, "", "", -1, invitation, editable);
        }
        Meeting held = meeting.get();
        ZonedDateTime start = held.startsAt().atZone(whoIsAsking.timeZone());
        return new MeetingView(true, start.toLocalDate().toString(), start.format(TIME), held.minutes(), held.place(),
                messages.text("postmortems.meeting.when", dates.moment(held.startsAt()), held.minutes()), held.sequence(), invitation, editable);
    }
}
