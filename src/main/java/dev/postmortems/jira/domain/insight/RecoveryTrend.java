package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.timeline.Measure;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Detection and recovery month by month: for each of the last months, the incidents whose impact started in it (in
 * the site's time zone) and the median of each measure among those that have it. A month without incidents, or
 * without any value for a measure, has no median — never zero.
 */
public final class RecoveryTrend {
    private RecoveryTrend() {
    }

    /** One month: its incidents (oldest first) and each measure's median. */
    public record Month(YearMonth month, List<MeasuredIncident> incidents, Map<Measure, Optional<Duration>> medians) {
        public Month {
            incidents = List.copyOf(incidents);
            medians = Map.copyOf(medians);
        }

        /** The incidents that have a value for the measure: those its median is taken over. */
        public List<MeasuredIncident> measuredBy(Measure measure) {
            return incidents.stream().filter(incident -> incident.measures().containsKey(measure)).toList();
        }
    }

    /** The {@code count} months that end with {@code last}, oldest first; incidents outside them are left out. */
    public static List<Month> of(List<MeasuredIncident> incidents, YearMonth last, int count, ZoneId zone) {
        List<Month> months = new ArrayList<>();
        for (YearMonth month = last.minusMonths(count - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth current = month;
            List<MeasuredIncident> in = incidents.stream()
                    .filter(incident -> YearMonth.from(incident.impactStarted().atZone(zone)).equals(current))
                    .sorted(java.util.Comparator.comparing(MeasuredIncident::impactStarted).thenComparingLong(MeasuredIncident::issueId))
                    .toList();
            Map<Measure, Optional<Duration>> medians = new EnumMap<>(Measure.class);
            for (Measure measure : Measure.values()) {
                medians.put(measure, median(in.stream().map(incident -> incident.measures().get(measure))
                        .filter(java.util.Objects::nonNull).toList()));
            }
            months.add(new Month(current, in, medians));
        }
        return months;
    }

    /** The middle value; with an even number of values, the mean of the two in the middle (to the second, down). */
    public static Optional<Duration> median(List<Duration> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(Duration.ofSeconds((sorted.get(middle - 1).toSeconds() + sorted.get(middle).toSeconds()) / 2));
    }
}
