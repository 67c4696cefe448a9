package dev.postmortems.jira.domain.timeline;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a measure is compared with a number of minutes in {@code postmortemsWithMeasure}, by its symbol: the stores
 * compare seconds, so "&gt; 60" means longer than one hour, to the second.
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

    public static Optional<MeasureComparison> of(String symbol) {
        return symbol == null ? Optional.empty()
                : Arrays.stream(values()).filter(comparison -> comparison.symbol.equals(symbol.strip())).findFirst();
    }
}
