package dev.postmortems.jira.domain.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one incident in order, with what the key moments tell: how long it took to detect, mitigate and
 * resolve, each measured from the moment impact started, and any key moments that contradict each other.
 */
public final class Timeline {
    private final List<TimelineEntry> entries;
    private final Map<TimelineTag, List<TimelineEntry>> tagged = new EnumMap<>(TimelineTag.class);

    public Timeline(Collection<TimelineEntry> entries) {
        this.entries = entries.stream().sorted(TimelineEntry.CHRONOLOGICAL).toList();
        for (TimelineEntry entry : this.entries) {
            entry.tag().ifPresent(tag -> tagged.computeIfAbsent(tag, t -> new ArrayList<>()).add(entry));
        }
    }

    /** Oldest first. */
    public List<TimelineEntry> entries() {
        return entries;
    }

    /** When the key moment happened; the earliest, if it was tagged more than once. */
    public Optional<Instant> moment(TimelineTag tag) {
        return Optional.ofNullable(tagged.get(tag)).map(found -> found.get(0).occurredAt());
    }

    public Optional<Duration> timeToDetect() {
        return sinceImpact(TimelineTag.DETECTED);
    }

    public Optional<Duration> timeToMitigate() {
        return sinceImpact(TimelineTag.MITIGATED);
    }

    public Optional<Duration> timeToResolve() {
        return sinceImpact(TimelineTag.RESOLVED);
    }

    /** Duplicated key moments first, then each pair of moments in the wrong order. */
    public List<TimelineWarning> warnings() {
        List<TimelineWarning> warnings = new ArrayList<>();
        tagged.forEach((tag, found) -> {
            if (found.size() > 1) {
                warnings.add(TimelineWarning.duplicate(tag));
            }
        });
        TimelineTag[] inOrder = TimelineTag.values();
        for (int later = 1; later < inOrder.length; later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (isBefore(inOrder[later], inOrder[earlier])) {
                    warnings.add(TimelineWarning.outOfOrder(inOrder[later], inOrder[earlier]));
                }
            }
        }
        return List.copyOf(warnings);
    }

    private boolean isBefore(TimelineTag tag, TimelineTag other) {
        Optional<Instant> at = moment(tag);
        Optional<Instant> otherAt = moment(other);
        return at.isPresent() && otherAt.isPresent() && at.get().isBefore(otherAt.get());
    }

    private Optional<Duration> sinceImpact(TimelineTag tag) {
        Optional<Instant> start = moment(TimelineTag.IMPACT_STARTED);
        Optional<Instant> end = moment(tag);
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start.get(), end.get()));
    }
}
