package dev.postmortems.jira.service.team;

import dev.postmortems.jira.domain.team.Meeting;
import dev.postmortems.jira.domain.team.MeetingInput;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.WhoIsAsking;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A postmortem's meeting: readers see it and download its invitation; editors set it. A change made on a version
 * the editor did not see is refused with the current one (409); the same change sent twice is made once.
 */
public final class MeetingService {
    private final PostmortemPermissions permissions;
    private final MeetingStore store;
    private final EditLock editLock;
    private final WhoIsAsking whoIsAsking;
    private final Clock clock;

    public MeetingService(PostmortemPermissions permissions, MeetingStore store, EditLock editLock, WhoIsAsking whoIsAsking,
                          Clock clock) {
        this.permissions = permissions;
        this.store = store;
        this.editLock = editLock;
        this.whoIsAsking = whoIsAsking;
        this.clock = clock;
    }

    public Optional<Meeting> meeting(String postmortemKey) {
        return store.meetingOf(permissions.toRead(postmortemKey).id());
    }

    /** Whether the reader may set the meeting: who may edit the postmortem. */
    public boolean editable(String postmortemKey) {
        return permissions.toRead(postmortemKey).editable();
    }

    public Meeting schedule(String postmortemKey, MeetingInput input) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        String organizer = whoIsAsking.username().orElseThrow(ChangeNotAllowedException::postmortem);
        ZoneId zone = whoIsAsking.timeZone();
        MeetingInput given = input == null ? new MeetingInput(null, null, null, null, null) : input;
        List<FieldError> errors = given.problems(zone, clock.instant()).stream()
                .map(problem -> new FieldError(problem.field(), "postmortems.meeting.problem." + problem.code(), arguments(problem.code())))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant startsAt = given.startsAt(zone).orElseThrow();
        return editLock.whileEditing(postmortem.id(), () -> {
            Optional<Meeting> current = store.meetingOf(postmortem.id());
            if (current.filter(meeting -> meeting.startsAt().equals(startsAt) && meeting.minutes() == given.length()
                    && meeting.place().equals(given.placeText())).isPresent()) {
                return current.get(); // the same meeting again (a double click, a retry): nothing changes
            }
            int seen = given.sequence() == null ? -1 : given.sequence();
            if (seen != current.map(Meeting::sequence).orElse(-1)) {
                throw new StaleEditException(current.orElse(null));
            }
            Meeting next = new Meeting(startsAt, given.length(), given.placeText(), zone, organizer, seen + 1,
                    current.map(Meeting::uid).orElseGet(() -> UUID.randomUUID() + "@postmortems.dev"));
            store.save(postmortem.id(), next);
            return next;
        });
    }

    /** The issue is gone from Jira: its meeting goes too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    private static List<Object> arguments(String code) {
        return switch (code) {
            case "minutes-out-of-range" -> List.of(MeetingInput.MIN_MINUTES, MeetingInput.MAX_MINUTES);
            case "place-too-long" -> List.of(MeetingInput.MAX_PLACE);
            case "out-of-range" -> List.of(MeetingInput.MAX_YEARS_AWAY);
            default -> List.of();
        };
    }
}
