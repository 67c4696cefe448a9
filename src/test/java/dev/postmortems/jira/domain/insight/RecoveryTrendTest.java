package dev.postmortems.jira.domain.insight;

import dev.postmortems.jira.domain.timeline.Measure;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class RecoveryTrendTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    public void theMedianIsTheMiddleValue_orTheMeanOfTheTwoInTheMiddle_andNothingWithoutValues() {
        assertEquals(Optional.empty(), RecoveryTrend.median(List.of()));
        assertEquals(Optional.of(minutes(7)), RecoveryTrend.median(List.of(minutes(7))));
        assertEquals(Optional.of(minutes(10)), RecoveryTrend.median(List.of(minutes(60), minutes(5), minutes(10))));
        assertEquals(Optional.of(Duration.ofSeconds(450)), RecoveryTrend.median(List.of(minutes(10), minutes(5))));
        assertEquals("one slow incident does not drag the median", Optional.of(minutes(20)),
                RecoveryTrend.median(List.of(minutes(10), minutes(20), minutes(2_000))));
    }

    @Test
    public void incidentsCountInTheMonthTheirImpactStartedInTheSitesZone_missingMeasuresAreNotZero() {
        MeasuredIncident newYear = incident(1, "2025-12-31T23:30:00Z", Map.of(Measure.TIME_TO_RESOLVE, minutes(30)));
        MeasuredIncident january = incident(2, "2026-01-15T10:00:00Z", Map.of(Measure.TIME_TO_RESOLVE, minutes(90),
                Measure.TIME_TO_DETECT, minutes(4)));
        MeasuredIncident unmeasured = incident(3, "2026-01-20T10:00:00Z", Map.of());
        MeasuredIncident tooOld = incident(4, "2024-12-01T10:00:00Z", Map.of(Measure.TIME_TO_RESOLVE, minutes(1)));

        List<RecoveryTrend.Month> months = RecoveryTrend.of(List.of(tooOld, unmeasured, january, newYear), YearMonth.of(2026, 11), 12, BERLIN);

        assertEquals(12, months.size());
        assertEquals(YearMonth.of(2025, 12), months.get(0).month());
        assertEquals(YearMonth.of(2026, 11), months.get(11).month());
        RecoveryTrend.Month first = months.stream().filter(month -> month.month().equals(YearMonth.of(2026, 1))).findFirst().orElseThrow();
        assertEquals("00:30 in Berlin on New Year's Day", List.of(newYear, january, unmeasured), first.incidents());
        assertEquals(Optional.of(minutes(60)), first.medians().get(Measure.TIME_TO_RESOLVE));
        assertEquals(Optional.of(minutes(4)), first.medians().get(Measure.TIME_TO_DETECT));
        assertEquals(Optional.empty(), first.medians().get(Measure.TIME_TO_MITIGATE));
        assertEquals(List.of(newYear, january), first.measuredBy(Measure.TIME_TO_RESOLVE));
        assertEquals(List.of(), months.get(0).incidents());
        assertEquals(Optional.empty(), months.get(0).medians().get(Measure.TIME_TO_RESOLVE));
    }

    private static MeasuredIncident incident(long id, String started, Map<Measure, Duration> measures) {
        return new MeasuredIncident(id, Instant.parse(started), measures);
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
