package dev.postmortems.jira.domain.timeline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many timeline entries pasted at once, one per line, each starting with its time (see {@link Timestamps} for
 * the forms). A time without a date takes the chosen date; a time without a zone takes the chosen zone. The text
 * after the time is kept as written, names included. Blank lines are ignored.
 */
public final class PastedTimeline {
    /** Most lines one paste may hold: enough for a long chat export, bounded for the server. */
    public static final int MAX_LINES = 2_000;

    private PastedTimeline() {
    }

    public static List<PastedLine> read(String pasted, LocalDate date, ZoneId zone) {
        List<PastedLine> lines = new ArrayList<>();
        String[] raw = pasted == null ? new String[0] : pasted.split("\\R");
        for (int i = 0; i < raw.length && lines.size() < MAX_LINES; i++) {
            if (!raw[i].isBlank()) {
                lines.add(readLine(i + 1, raw[i].strip(), date, zone));
            }
        }
        return List.copyOf(lines);
    }

    private static PastedLine readLine(int number, String line, LocalDate date, ZoneId zone) {
        Optional<Timestamps.Leading> leading = Timestamps.leading(line, date, zone);
        if (leading.isEmpty()) {
            return failed(number, line, TimelineProblem.NO_TIMESTAMP);
        }
        if (leading.get().problem().isPresent()) {
            return failed(number, line, leading.get().problem().get());
        }
        String text = leading.get().rest().strip();
        if (text.isEmpty()) {
            return failed(number, line, TimelineProblem.TEXT_MISSING);
        }
        if (text.length() > TimelineProblem.MAX_TEXT_LENGTH) {
            return failed(number, line, TimelineProblem.TEXT_TOO_LONG);
        }
        TimelineEntryDraft draft = new TimelineEntryDraft(leading.get().instant().orElseThrow(), text, TimelineTag.proposedFor(text));
        return new PastedLine(number, line, Optional.of(draft), Optional.empty());
    }

    private static PastedLine failed(int number, String line, TimelineProblem problem) {
        return new PastedLine(number, line, Optional.empty(), Optional.of(problem));
    }
}
