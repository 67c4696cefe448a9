package dev.postmortems.jira.domain.timeline;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a measure is compared with a number of minutes in {@code postmortemsWithMeasure}: the stores compare seconds,
 * so "&gt; 60" means longer than one hour, to the second.
 */
public enum MeasureComparison {
    LONGER(">"),
    AT_LEAST(">="),
    SHORTER("<"),
    AT_MOST("<="),
    EXACTLY("=");

    private final String symbol;

    MeasureComparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a measured duration is so compared with the given one: the rule the stores' queries follow. */
    public boolean holds(Duration measured, Duration given) {
        int order = measured.compareTo(given);
        return switch (this) {
            case LONGER -> order > 0;
            case AT_LEAST -> order >= 0;
            case SHORTER -> order < 0;
            case AT_MOST -> order <= 0;
            case EXACTLY -> order == 0;
        };
    }

    public static Optional<MeasureComparison> of(String symbol) {
        return symbol == null ? Optional.empty()
                : Arrays.stream(values()).filter(comparison -> comparison.symbol.equals(symbol.strip())).findFirst();
    }
}
