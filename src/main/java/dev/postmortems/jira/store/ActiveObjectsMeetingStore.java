package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.service.team.MeetingStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Meetings in Active Objects, read in one indexed query. */
public final class ActiveObjectsMeetingStore implements MeetingStore {
    private static final String COLUMNS = String.join(", ", "ID", MeetingEntity.POSTMORTEM_ID, MeetingEntity.STARTS_AT,
            MeetingEntity.MINUTES, MeetingEntity.PLACE, MeetingEntity.TIME_ZONE, MeetingEntity.ORGANIZER, MeetingEntity.SEQUENCE,
            MeetingEntity.UID);

    private final ActiveObjects ao;

    public ActiveObjectsMeetingStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Meeting> meetingOf(long postmortemId) {
        return rows(postmortemId).stream().findFirst().map(ActiveObjectsMeetingStore::toMeeting);
    }

    @Override
    public void save(long postmortemId, Meeting meeting) {
        List<MeetingEntity> rows = rows(postmortemId);
        if (rows.isEmpty()) {
            ao.create(MeetingEntity.class,
                    new DBParam(MeetingEntity.POSTMORTEM_ID, postmortemId),
                    new DBParam(MeetingEntity.STARTS_AT, meeting.startsAt().toEpochMilli()),
                    new DBParam(MeetingEntity.MINUTES, meeting.minutes()),
                    new DBParam(MeetingEntity.PLACE, meeting.place().isEmpty() ? null : meeting.place()),
                    new DBParam(MeetingEntity.TIME_ZONE, meeting.timeZone().getId()),
                    new DBParam(MeetingEntity.ORGANIZER, meeting.organizer()),
                    new DBParam(MeetingEntity.SEQUENCE, meeting.sequence()),
                    new DBParam(MeetingEntity.UID, meeting.uid()));
            return;
        }
        MeetingEntity row = rows.get(0);
        row.setStartsAt(meeting.startsAt().toEpochMilli());
        row.setMinutes(meeting.minutes());
        row.setPlace(meeting.place().isEmpty() ? null : meeting.place());
        row.setTimeZone(meeting.timeZone().getId());
        row.setOrganizer(meeting.organizer());
        row.setSequence(meeting.sequence());
        row.setUid(meeting.uid());
        row.save();
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(MeetingEntity.class, MeetingEntity.POSTMORTEM_ID + " = ?", issueId);
    }

    private List<MeetingEntity> rows(long postmortemId) {
        return Arrays.stream(ao.find(MeetingEntity.class, Query.select(COLUMNS).where(MeetingEntity.POSTMORTEM_ID + " = ?", postmortemId)))
                .sorted(Comparator.comparingInt(MeetingEntity::getID)).toList();
    }

    private static Meeting toMeeting(MeetingEntity row) {
        ZoneId zone;
        try {
            zone = ZoneId.of(row.getTimeZone());
        } catch (DateTimeException unknown) {
            zone = ZoneId.of("UTC"); // a zone this Java does not know: the time itself is kept in UTC anyway
        }
        return new Meeting(Instant.ofEpochMilli(row.getStartsAt()), row.getMinutes(), Optional.ofNullable(row.getPlace()).orElse(""),
                zone, row.getOrganizer(), row.getSequence(), row.getUid());
    }
}
