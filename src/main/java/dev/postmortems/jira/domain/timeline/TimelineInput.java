package dev.postmortems.jira.domain.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person typed for one timeline entry, before validation. The time may be an ISO instant
 * ({@code 2026-11-20T10:53:00Z}), carry an offset or zone ({@code 2026-11-20T10:53+01:00},
 * {@code 2026-11-20 10:53 Europe/Berlin}), or be a local date and time read in the person's own time zone.
 *
 * @param tag a tag key such as {@code detected}, or blank for none
 */
public record TimelineInput(String occurredAt, String text, String tag) {
    /** The problems, one list for all fields, so a form can show every one at once; empty if valid. */
    public List<TimelineProblem> problems(ZoneId personsZone) {
        List<TimelineProblem> problems = new ArrayList<>();
        if (isBlank(text)) {
            problems.add(TimelineProblem.TEXT_MISSING);
        } else if (text.length() > TimelineProblem.MAX_TEXT_LENGTH) {
            problems.add(TimelineProblem.TEXT_TOO_LONG);
        }
        if (isBlank(occurredAt)) {
            problems.add(TimelineProblem.TIME_MISSING);
        } else {
            Timestamps.whole(occurredAt, personsZone).problem().ifPresent(problems::add);
        }
        if (!isBlank(tag) && TimelineTag.fromKey(tag.trim()).isEmpty()) {
            problems.add(TimelineProblem.TAG_UNKNOWN);
        }
        return List.copyOf(problems);
    }

    /** The draft, if {@link #problems} is empty. */
    public Optional<TimelineEntryDraft> draft(ZoneId personsZone) {
        if (!problems(personsZone).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEntryDraft(
                Timestamps.whole(occurredAt, personsZone).instant().orElseThrow(),
                text,
                isBlank(tag) ? Optional.empty() : TimelineTag.fromKey(tag.trim())));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
