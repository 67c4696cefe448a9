package dev.postmortems.jira.domain.timeline;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A postmortem's measures, each from the moment impact started to a key moment of its timeline. A timeline without
 * either moment has no value for the measure — never zero — so a search for fast recoveries does not find it.
 */
public enum Measure {
    TIME_TO_DETECT("time to detect"),
    TIME_TO_MITIGATE("time to mitigate"),
    TIME_TO_RESOLVE("time to resolve");

    private final String words;

    Measure(String words) {
        this.words = words;
    }

    /** How people name it, in JQL: {@code "time to resolve"}. */
    public String words() {
        return words;
    }

    public Optional<Duration> of(Timeline timeline) {
        return switch (this) {
            case TIME_TO_DETECT -> timeline.timeToDetect();
            case TIME_TO_MITIGATE -> timeline.timeToMitigate();
            case TIME_TO_RESOLVE -> timeline.timeToResolve();
        };
    }

    /** Every measure the timeline has a value for. */
    public static java.util.Map<Measure, Duration> measured(Timeline timeline) {
        java.util.Map<Measure, Duration> measures = new java.util.EnumMap<>(Measure.class);
        for (Measure measure : values()) {
            measure.of(timeline).ifPresent(duration -> measures.put(measure, duration));
        }
        return measures;
    }

    /** The measure these words name, whatever their letter case and spacing. */
    public static Optional<Measure> named(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String wanted = words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(measure -> measure.words.equals(wanted)).findFirst();
    }
}
