package dev.postmortems.jira.domain.review;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;

/**
 * How long after the postmortem its follow-up review is due. Months are calendar months, and a day the target
 * month lacks becomes its last day: 31 January + 1 month = 28 or 29 February.
 */
public enum ReviewInterval {
    ONE_WEEK("1w", Period.ofWeeks(1)),
    TWO_WEEKS("2w", Period.ofWeeks(2)),
    ONE_MONTH("1m", Period.ofMonths(1)),
    TWO_MONTHS("2m", Period.ofMonths(2)),
    THREE_MONTHS("3m", Period.ofMonths(3));

    public static final ReviewInterval DEFAULT = TWO_WEEKS;

    private final String code;
    private final Period period;

    ReviewInterval(String code, Period period) {
        this.code = code;
        this.period = period;
    }

    public String code() {
        return code;
    }

    /** The due day, counted in days on the calendar: a daylight-saving change never moves it. */
    public LocalDate dueFrom(LocalDate today) {
        return today.plus(period);
    }

    public static Optional<ReviewInterval> fromCode(String code) {
        return Arrays.stream(values()).filter(interval -> interval.code.equals(code)).findFirst();
    }
}
