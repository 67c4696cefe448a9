package dev.postmortems.jira.domain.insight;

/** A band of ages in days: from its own lower bound up to the next band's. */
interface AgeBand extends InsightKey {
    /** The fewest days an age in the band has. */
    int fromDays();

    /** The band of the age from {@code since} to {@code today}, in calendar days in the zone. */
    static <B extends Enum<B> & AgeBand> B at(B[] bands, java.time.Instant since, java.time.LocalDate today, java.time.ZoneId zone) {
        return of(bands, java.time.temporal.ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), today));
    }

    /** The band an age of {@code days} falls in: the last whose lower bound it reaches, the first below every bound. */
    static <B extends Enum<B> & AgeBand> B of(B[] bands, long days) {
        B band = bands[0];
        for (B candidate : bands) {
            if (days >= candidate.fromDays()) {
                band = candidate;
            }
        }
        return band;
    }
}
