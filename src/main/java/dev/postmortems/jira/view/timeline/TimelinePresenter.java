package dev.postmortems.jira.view.timeline;

import dev.postmortems.jira.domain.timeline.PastedLine;
import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.Timeline;
import dev.postmortems.jira.domain.timeline.TimelineEntry;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineProblem;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.domain.timeline.TimelineWarning;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.view.DateTexts;
import dev.postmortems.jira.view.DurationTexts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns a timeline into what one person sees: their time zone, their language. */
public final class TimelinePresenter {
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final WhoIsAsking viewer;
    private final Messages messages;
    private final DateTexts dates;
    private final Clock clock;
    private final DurationTexts durations;

    public TimelinePresenter(WhoIsAsking viewer, Messages messages, DateTexts dates, Clock clock, DurationTexts durations) {
        this.viewer = viewer;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
        this.durations = durations;
    }

    public TimelineView present(PostmortemSnapshot snapshot) {
        Reader reader = reader();
        ZoneId zone = reader.zone();
        Timeline timeline = new Timeline(snapshot.timeline());
        Map<TimelineTag, String> labels = new EnumMap<>(TimelineTag.class);
        return new TimelineView(snapshot.postmortem().key(), snapshot.postmortem().editable(),
                zone.getId(), LocalDate.now(clock.withZone(zone)).toString(),
                timeline.entries().stream().map(entry -> row(entry, reader, labels)).toList(),
                measures(timeline),
                timeline.warnings().stream().map(this::warning).toList(),
                Arrays.stream(TimelineTag.values()).map(tag -> new TimelineTagOption(tag.key(), label(tag))).toList());
    }

    /** One entry as this person sees it: what REST returns after an entry is added or changed. */
    public TimelineRow row(TimelineEntry entry) {
        return row(entry, reader(), new EnumMap<>(TimelineTag.class));
    }

    /** @param labels the tags' labels, filled as they are first needed: one look-up per tag, not per entry */
    private TimelineRow row(TimelineEntry entry, Reader reader, Map<TimelineTag, String> labels) {
        return new TimelineRow(entry.id(), entry.revision(), entry.occurredAt().toString(),
                entry.occurredAt().atZone(reader.zone()).format(LOCAL_INPUT), reader.when(entry.occurredAt()), entry.text(),
                entry.tag().map(TimelineTag::key).orElse(""), entry.tag().map(tag -> labels.computeIfAbsent(tag, this::label)).orElse(""));
    }

    public PastePreview preview(List<PastedLine> lines) {
        Reader reader = reader();
        List<PastePreview.Line> shown = lines.stream().map(line -> new PastePreview.Line(line.number(), line.line(),
                line.understood(),
                line.draft().map(draft -> reader.when(draft.occurredAt())).orElse(""),
                line.draft().map(TimelineEntryDraft::text).orElse(""),
                line.problem().map(this::problem).orElse(""),
                line.draft().flatMap(TimelineEntryDraft::tag).map(TimelineTag::key).orElse(""),
                line.draft().flatMap(TimelineEntryDraft::tag).map(this::label).orElse(""))).toList();
        int understood = (int) lines.stream().filter(PastedLine::understood).count();
        return new PastePreview(shown, understood, lines.size() - understood);
    }

    private Reader reader() {
        return new Reader(viewer.timeZone(), DateTimeFormatter.ofPattern("zzz", viewer.locale()), dates);
    }

    /** How this person reads times — their zone, their language — made once per view rather than once per entry. */
    private record Reader(ZoneId zone, DateTimeFormatter zoneName, DateTexts dates) {
        /** A time as this person's Jira shows it, the zone named: a timeline is read across time zones. */
        String when(Instant instant) {
            return dates.moment(instant) + " " + instant.atZone(zone).format(zoneName);
        }
    }

    private String problem(TimelineProblem problem) {
        FieldError error = TimelineService.error(problem);
        return messages.text(error.messageKey(), error.arguments().toArray());
    }

    /** Only what the key moments allow: a measure without both moments is left out rather than shown as "?". */
    private List<TimelineMeasure> measures(Timeline timeline) {
        return java.util.Arrays.stream(Measure.values()).flatMap(measure -> measure.of(timeline).stream()
                .map(value -> new TimelineMeasure(DurationTexts.key(measure), durations.label(measure), durations.text(value)))).toList();
    }

    private String warning(TimelineWarning warning) {
        return switch (warning.kind()) {
            case DUPLICATE -> messages.text("postmortems.timeline.warning.duplicate", label(warning.first()));
            case OUT_OF_ORDER -> messages.text("postmortems.timeline.warning.out-of-order",
                    label(warning.first()), label(warning.other()));
        };
    }

    private String label(TimelineTag tag) {
        return messages.text("postmortems.timeline.tag." + tag.key());
    }
}
