package dev.postmortems.jira.domain.insight;

import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;

public class PipelineTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    public void openPostmortemsByDueDate_asEveryPanelCountsOverdue() {
        Pipeline pipeline = Pipeline.of(List.of(open(4, "2026-11-30T10:00:00Z", "2026-12-01"), open(1, "2026-11-30T10:00:00Z", "2026-12-02"),
                        open(2, "2026-11-30T10:00:00Z", "2026-12-09"), open(3, "2026-11-30T10:00:00Z", "2026-12-10"),
                        open(5, "2026-11-30T10:00:00Z", null)),
                List.of(), List.of(), List.of(), List.of(), TODAY, BERLIN);

        assertEquals(List.of(4L), pipeline.open(Pipeline.Due.OVERDUE));
        assertEquals("due today is not overdue; seven days ahead still soon", List.of(1L, 2L), pipeline.open(Pipeline.Due.DUE_SOON));
        assertEquals(List.of(3L), pipeline.open(Pipeline.Due.LATER));
        assertEquals(List.of(5L), pipeline.open(Pipeline.Due.NO_DUE_DATE));
        assertEquals("due-soon", Pipeline.Due.DUE_SOON.key());
    }

    @Test
    public void openPostmortemsByAgeInTheSitesZone() {
        // 25 November 23:30 UTC is the 26th in Berlin: six days before today.
        Pipeline pipeline = Pipeline.of(List.of(open(1, "2026-11-25T23:30:00Z", null), open(2, "2026-11-25T12:00:00Z", null),
                        open(3, "2026-11-04T12:00:00Z", null), open(4, "2026-11-05T12:00:00Z", null),
                        new Pipeline.OpenPostmortem(5, Optional.empty(), Optional.empty())),
                List.of(), List.of(), List.of(), List.of(), TODAY, BERLIN);

        assertEquals(List.of(1L), pipeline.openAged(Pipeline.Age.UNDER_7_DAYS));
        assertEquals(List.of(2L, 4L), pipeline.openAged(Pipeline.Age.UNDER_28_DAYS));
        assertEquals("28 days", List.of(3L), pipeline.openAged(Pipeline.Age.FROM_28_DAYS));
        assertEquals("from-28-days", Pipeline.Age.FROM_28_DAYS.key());
    }

    @Test
    public void reviewsOverdueOrDueInThe30DaysAhead_recurredPostmortemsOnlyWithOpenActions() {
        Pipeline pipeline = Pipeline.of(List.of(), List.of(9L, 7L),
                List.of(new Pipeline.OpenReview(21, Optional.of(TODAY.minusDays(1))), new Pipeline.OpenReview(22, Optional.of(TODAY)),
                        new Pipeline.OpenReview(23, Optional.of(TODAY.plusDays(30))), new Pipeline.OpenReview(24, Optional.of(TODAY.plusDays(31)))),
                List.of(31L, 32L, 33L), Set.of(32L, 33L, 34L), TODAY, BERLIN);

        assertEquals(List.of(7L, 9L), pipeline.incidentsWaiting());
        assertEquals(List.of(21L), pipeline.reviewsOverdue());
        assertEquals(List.of(22L, 23L), pipeline.reviewsComingUp());
        assertEquals(List.of(32L, 33L), pipeline.recurredWithOpenActions());
    }

    private static Pipeline.OpenPostmortem open(long id, String created, String due) {
        return new Pipeline.OpenPostmortem(id, Optional.of(Instant.parse(created)), Optional.ofNullable(due).map(LocalDate::parse));
    }
}
