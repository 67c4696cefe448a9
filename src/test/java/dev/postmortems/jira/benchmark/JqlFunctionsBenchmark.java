package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.store.ActiveObjectsActionStore;
import dev.postmortems.jira.store.ActiveObjectsReviewStore;
import dev.postmortems.jira.store.ActionEntity;
import dev.postmortems.jira.store.ReviewEntity;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The queries behind the JQL functions on PostgreSQL at 1,000 and 100,000 review records and 1,000,000 action
 * records. The data generator is SQL's generate_series, run inside the benchmark. Not part of the test run:
 * {@code mvn -B test -Dtest=JqlFunctionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The data is shaped like a mature Jira: 10 actions per postmortem, 90% of actions and reviews resolved, due
 * dates spread over two years around today — so about 5% of the records are overdue.
 */
public class JqlFunctionsBenchmark {
    private static final int RUNS = 30;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.POSTGRESQL, AppEntities.ALL);

    @Test
    public void jqlFunctions() throws Exception {
        ActiveObjectsActionStore actions = new ActiveObjectsActionStore(ao.activeObjects());
        ActiveObjectsReviewStore reviews = new ActiveObjectsReviewStore(ao.activeObjects());
        StringBuilder table = new StringBuilder()
                .append("| records | function | results | median (ms) | p95 (ms) |\n|---|---|---:|---:|---:|\n");
        generate(ActionEntity.class, 1_000_000, 10);
        for (int reviewCount : new int[] {1_000, 100_000}) {
            generate(ReviewEntity.class, reviewCount, 1);
            String records = String.format("%,d reviews, 1,000,000 actions", reviewCount);
            measure(table, records, "overduePostmortemReviews()", () -> reviews.overdueTickets(TODAY));
        }
        String records = "100,000 reviews, 1,000,000 actions";
        measure(table, records, "overduePostmortemActions()", () -> actions.overdueTickets(TODAY));
        measure(table, records, "postmortemActions(\"KEY\")", () -> actions.tickets(Optional.of(50_000L), Optional.empty(), Optional.empty()));
        measure(table, records, "postmortemActions(\"KEY\", \"corrective\")",
                () -> actions.tickets(Optional.of(50_000L), Optional.of(ActionKind.CORRECTIVE), Optional.empty()));
        measure(table, records, "postmortemsWithOpenActions()", actions::postmortemsWithOpenActions);
        measure(table, records, "ineffectivePostmortemActions()", actions::ticketsNeedingFollowUp);
        measure(table, records, "postmortemReviewsNeedingFollowUp()",
                () -> reviews.ticketsWithOutcome(dev.postmortems.jira.domain.verdict.ReviewOutcome.FOLLOW_UP_NEEDED));
        measure(table, records, "postmortemActions(\"KEY\", \"ineffective\")", () -> actions.tickets(Optional.of(50_000L),
                Optional.empty(), Optional.of(dev.postmortems.jira.domain.verdict.JudgedAs.INEFFECTIVE)));
        measure(table, records, "postmortemActions(\"KEY\", \"unreviewed\")", () -> actions.tickets(Optional.of(50_000L),
                Optional.empty(), Optional.of(dev.postmortems.jira.domain.verdict.JudgedAs.UNREVIEWED)));
        measure(table, records, "postmortemActions()", () -> actions.tickets(Optional.empty(), Optional.empty(), Optional.empty()));
        generatePostmortems(10_000);
        dev.postmortems.jira.store.ActiveObjectsPipelineStore pipeline = new dev.postmortems.jira.store.ActiveObjectsPipelineStore(ao.activeObjects());
        measure(table, "10,000 postmortems in 10 projects", "overduePostmortems()", () -> pipeline.overdue(TODAY));
        generateIncidents(100_000);
        dev.postmortems.jira.store.ActiveObjectsIncidentStore incidents = new dev.postmortems.jira.store.ActiveObjectsIncidentStore(ao.activeObjects());
        String named = "100,000 incidents named by policies, 10,000 with a postmortem";
        measure(table, named, "incidentsWithoutPostmortem()",
                () -> incidents.incidents(dev.postmortems.jira.domain.team.IncidentStanding.NEEDED, Optional.empty()));
        measure(table, named, "incidentsWithoutPostmortem(\"KEY\")",
                () -> incidents.incidents(dev.postmortems.jira.domain.team.IncidentStanding.NEEDED, Optional.of(7L)));
        measure(table, named, "waivedPostmortems()",
                () -> incidents.incidents(dev.postmortems.jira.domain.team.IncidentStanding.WAIVED, Optional.empty()));
        generateMeasures(10_000);
        dev.postmortems.jira.store.ActiveObjectsMeasureStore measures = new dev.postmortems.jira.store.ActiveObjectsMeasureStore(ao.activeObjects());
        measure(table, "10,000 postmortems, 9,000 measured", "postmortemsWithMeasure(\"time to resolve\", \">\", \"240\")",
                () -> measures.postmortemsWhere(dev.postmortems.jira.domain.timeline.Measure.TIME_TO_RESOLVE,
                        dev.postmortems.jira.domain.timeline.MeasureComparison.LONGER, java.time.Duration.ofMinutes(240)));
        generateCauses(10_000);
        dev.postmortems.jira.store.ActiveObjectsWhysStore whys = new dev.postmortems.jira.store.ActiveObjectsWhysStore(ao.activeObjects());
        String causes = "10,000 postmortems, 30,000 root causes sorted";
        measure(table, causes, "postmortemsByCause(\"change\")", () -> whys.postmortemsWithCause(1, Optional.empty()));
        measure(table, causes, "postmortemsByCause(\"change\", \"Component 8\")",
                () -> whys.postmortemsWithCause(1, Optional.of("Component 8")));
        dev.postmortems.jira.domain.cause.RootCauseCategory pair = new dev.postmortems.jira.domain.cause.RootCauseCategory(1,
                Optional.of(new dev.postmortems.jira.domain.cause.RootCauseCategory.CauseComponent(8, "Component 8")));
        measure(table, causes, "Seen before's query: earlier root causes sorted like the newest postmortem's",
                () -> whys.earlierCauses(5_010_000L, List.of(pair)).stream().map(found -> found.issueId()).toList());
        generatePlacedMeasures(100_000);
        java.time.Instant yearAgo = java.time.LocalDate.of(2025, 12, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        measure(table, "100,000 measured postmortems in 10 projects over two years (10,000 in the project)",
                "Detection and recovery: the project's last twelve months, read and their medians taken",
                () -> dev.postmortems.jira.domain.insight.RecoveryTrend.of(measures.startedSince(3, yearAgo),
                        java.time.YearMonth.of(2026, 11), 12, java.time.ZoneOffset.UTC).stream()
                        .flatMap(month -> month.incidents().stream()).map(incident -> incident.issueId()).toList());
        java.time.Instant halfYearAgo = java.time.LocalDate.of(2026, 6, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        dev.postmortems.jira.domain.cause.CauseCatalogue catalogue = new dev.postmortems.jira.domain.cause.CauseCatalogue(
                java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(id -> new dev.postmortems.jira.domain.cause.CauseCategory(id,
                        dev.postmortems.jira.domain.cause.CauseCatalogue.SEEDED.get(id - 1), id)).toList());
        Supplier<List<Long>> topCauses = () -> {
            java.util.Set<Long> period = measures.startedSince(3, halfYearAgo).stream().map(incident -> incident.issueId())
                    .collect(java.util.stream.Collectors.toSet());
            List<dev.postmortems.jira.domain.cause.SortedRootCause> sorted = whys.sortedCauses();
            List<dev.postmortems.jira.domain.cause.SortedRootCause> mine = sorted.stream()
                    .filter(cause -> period.contains(cause.issueId())).toList();
            return dev.postmortems.jira.domain.insight.CauseTally.of(catalogue, mine,
                    dev.postmortems.jira.domain.insight.CauseTally.earlierOnes(mine, sorted),
                    actions.fixesJudged(3, dev.postmortems.jira.domain.verdict.Verdict.INEFFECTIVE)).stream()
                    .map(row -> row.category().id()).toList();
        };
        measure(table, "the same, 30,000 root causes sorted, 1,000,000 actions (100,000 judged not effective)",
                "Top causes: the project's last six months, read and added up", topCauses);
        keepActions(100_000);
        measure(table, "the same, 100,000 actions (10,000 judged not effective)",
                "Top causes: the project's last six months, read and added up", topCauses);
        measure(table, "the same", "Top causes' second statement: every sorted root cause",
                () -> whys.sortedCauses().stream().map(cause -> cause.issueId()).toList());
        measure(table, "the same", "Top causes' third statement: the fixes judged not effective",
                () -> actions.fixesJudged(3, dev.postmortems.jira.domain.verdict.Verdict.INEFFECTIVE).stream().map(fix -> fix.ticketId()).toList());
        ActiveObjectsActionStore followed = actions;
        measure(table, "the same, 100,000 actions of postmortems in 10 projects over two years (10,000 in the project)",
                "Follow-through: the project's open actions and those of the last twelve months, read and added up", () -> {
                    List<dev.postmortems.jira.domain.insight.FollowThrough.Action> counted = followed.followedIn(3, yearAgo).stream()
                            .map(action -> new dev.postmortems.jira.domain.insight.FollowThrough.Action(action.ticketId(), "OPS", action.kind(),
                                    action.decidedAt(), action.doneAt(), action.decidedAt().map(at -> at.atZone(java.time.ZoneOffset.UTC)
                                    .toLocalDate().plusDays(14)), action.doneAt().isPresent() ? dev.postmortems.jira.domain.action.ActionState.DONE
                                    : dev.postmortems.jira.domain.action.ActionState.OVERDUE)).toList();
                    // The actions counted: those decided within the months, and those open whenever decided.
                    return dev.postmortems.jira.domain.insight.FollowThrough.of(counted, TODAY, 12, java.time.ZoneOffset.UTC).kinds().stream()
                            .flatMap(kind -> java.util.stream.Stream.concat(kind.decided().stream(), kind.open().stream())).distinct().toList();
                });
        measure(table, "the same, 10,000 postmortems in 10 projects (1,000 in the project), 100,000 reviews, 100,000 incidents",
                "Postmortem pipeline: the project's postmortems, waiting incidents, reviews due and open actions, read and added up", () -> {
                    List<dev.postmortems.jira.service.insight.PipelineStore.MirroredPostmortem> mine = pipeline.postmortemsIn(3);
                    java.util.Set<Long> ofProject = mine.stream().map(postmortem -> postmortem.issueId()).collect(java.util.stream.Collectors.toSet());
                    List<Long> waiting = incidents.incidents(dev.postmortems.jira.domain.team.IncidentStanding.NEEDED, Optional.of(3L));
                    List<dev.postmortems.jira.domain.insight.Pipeline.OpenReview> reviewsDue = reviews.dueUntil(TODAY.plusDays(30)).stream()
                            .filter(review -> ofProject.contains(review.postmortemId()))
                            .map(review -> new dev.postmortems.jira.domain.insight.Pipeline.OpenReview(review.ticketId(), Optional.of(review.due())))
                            .toList();
                    java.util.Set<Long> withOpenActions = actions.postmortemsWithOpenActionsIn(3);
                    dev.postmortems.jira.domain.insight.Pipeline counted = dev.postmortems.jira.domain.insight.Pipeline.of(mine.stream()
                            .filter(postmortem -> !postmortem.resolved()).map(postmortem -> new dev.postmortems.jira.domain.insight.Pipeline
                                    .OpenPostmortem(postmortem.issueId(), postmortem.createdAt(), postmortem.due())).toList(),
                            waiting, reviewsDue, ofProject, withOpenActions, TODAY, java.time.ZoneOffset.UTC);
                    List<Long> all = new java.util.ArrayList<>(counted.incidentsWaiting());
                    all.addAll(counted.reviewsOverdue());
                    all.addAll(counted.reviewsComingUp());
                    all.addAll(counted.recurredWithOpenActions());
                    java.util.Arrays.stream(dev.postmortems.jira.domain.insight.Pipeline.Due.values()).forEach(due -> all.addAll(counted.open(due)));
                    return all;
                });
        System.out.println("\nJQL functions on PostgreSQL\n" + table);
    }

    /**
     * Warms up until the JIT has settled on the query's Java side (reading rows through Active Objects): at least 5
     * runs and 3 seconds, at most 30 runs. With 5 warm-ups alone, a query that PostgreSQL answers in 1 ms measured
     * 17 ms until its 38th run, then 4 ms.
     */
    private static void measure(StringBuilder table, String records, String function, Supplier<List<Long>> query) {
        long warmingSince = System.nanoTime();
        for (int warmUp = 0; warmUp < 30 && (warmUp < 5 || System.nanoTime() - warmingSince < 3_000_000_000L); warmUp++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        int results = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            results = query.get().size();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        table.append(String.format("| %s | `%s` | %,d | %.1f | %.1f |%n", records, function, results, millis[RUNS / 2],
                millis[(int) Math.ceil(RUNS * 0.95) - 1]));
    }

    /** Rows for {@code count} tickets straight in SQL; the table's own sequence gives the ids. */
    private void generate(Class<?> entity, int count, int perPostmortem) throws Exception {
        try (Connection connection = ao.entityManager().getProvider().getConnection(); Statement statement = connection.createStatement()) {
            String table = table(connection, entity == ActionEntity.class ? "ACTION" : "REVIEW");
            statement.execute("DELETE FROM " + table);
            // Actions: 6 in 10 judged effective, partly or not verified yet, 1 in 10 not effective (1 in 100 still
            // without a follow-up), the open tenth unreviewed. Reviews: 1 in 20 needs a follow-up.
            String kind = entity == ActionEntity.class
                    ? "\"KIND\", \"VERDICT\", \"NEEDS_FOLLOW_UP\", \"CHAIN_ID\", \"PROJECT_ID\", \"CREATED_AT\", \"DONE_AT\", " : "\"OUTCOME\", ";
            long end = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            String decided = end + " - (g::bigint * 7919 % 730) * 86400000";
            String kindValue = entity == ActionEntity.class
                    ? "CASE WHEN g % 2 = 0 THEN 'corrective' ELSE 'preventative' END, "
                    + "CASE WHEN g % 10 < 1 THEN NULL WHEN g % 10 < 6 THEN 'effective' WHEN g % 10 = 6 THEN 'partly' "
                    + "WHEN g % 10 = 7 THEN 'unverified' WHEN g % 10 = 8 THEN 'ineffective' ELSE NULL END, (g % 100) = 8, "
                    // Each action addresses one of the 30,000 root causes the causes' rows are given later.
                    + "1 + g % 30000, "
                    // The postmortems in 10 projects; decided over the two years before TODAY, done 0 to 39 days later.
                    + "(10000 + g / " + perPostmortem + ") % 10, " + decided + ", CASE WHEN (g % 10) <> 0 THEN " + decided
                    + " + (g % 40)::bigint * 86400000 END, "
                    : "CASE WHEN g % 10 = 0 THEN NULL WHEN g % 20 = 1 THEN 'follow-up-needed' ELSE 'loop-closed' END, ";
            statement.execute("INSERT INTO " + table + " (\"ISSUE_ID\", \"TICKET_ID\", " + kind + "\"REQUEST_ID\", \"DUE_DAY\", \"RESOLVED\") "
                    + "SELECT 10000 + g / " + perPostmortem + ", 2000000 + g, " + kindValue + "'bench-' || g, "
                    + (TODAY.toEpochDay() - 365) + " + (g::bigint * 7919) % 730, (g % 10) <> 0 FROM generate_series(1, " + count + ") g");
            statement.execute("ANALYZE " + table);
        }
    }

    /**
     * Postmortems in 10 projects (the actions' and reviews' postmortems), 90% resolved, created over the two years
     * before today, due a week later; 1 in 10 without a due date.
     */
    private void generatePostmortems(int count) throws Exception {
        long end = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        fill("POSTMORTEM", "\"ISSUE_ID\", \"PROJECT_ID\", \"CREATED_AT\", \"DUE_DAY\", \"RESOLVED\"",
                "10000 + g, (10000 + g) % 10, " + end + " - (g::bigint * 7919 % 730) * 86400000, CASE WHEN g % 10 = 5 THEN NULL ELSE "
                + (TODAY.toEpochDay() + 7) + " - (g::bigint * 7919) % 730 END, (g % 10) <> 0", count);
    }

    /**
     * Incidents in 50 projects, every one named by its project's policy (the worst case: none left out): every tenth
     * has a postmortem, 1 in 50 was waived, the others still need one.
     */
    private void generateIncidents(int count) throws Exception {
        fill("INCIDENT", "\"INCIDENT_ID\", \"PROJECT_ID\", \"REQUIRED\", \"STARTED\", \"STANDING\", \"WAIVER_REASON\", \"WAIVED_BY\", "
                + "\"WAIVED_AT\"", "100000 + g, g % 50, true, g % 10 = 0, CASE WHEN g % 10 = 0 THEN 'started' WHEN g % 50 = 1 "
                + "THEN 'waived' ELSE 'needed' END, CASE WHEN g % 50 = 1 THEN 'Covered by another postmortem' END, "
                + "CASE WHEN g % 50 = 1 THEN 'erin' END, CASE WHEN g % 50 = 1 THEN 1764000000000 END", count);
    }

    /** Measures of postmortems: 1 in 10 without the key moments; times to resolve spread over 0 to 8 hours. */
    private void generateMeasures(int count) throws Exception {
        fill("MEASURES", "\"ISSUE_ID\", \"DETECT_SECONDS\", \"MITIGATE_SECONDS\", \"RESOLVE_SECONDS\"",
                "3000000 + g, CASE WHEN g % 10 = 0 THEN NULL ELSE (g * 37) % 3600 END, CASE WHEN g % 10 = 0 THEN NULL "
                + "ELSE (g * 53) % 14400 END, CASE WHEN g % 10 = 0 THEN NULL ELSE (g::bigint * 7919) % 28800 END", count);
    }

    /** Measured postmortems placed in 10 projects, their incidents spread over the two years before TODAY. */
    private void generatePlacedMeasures(int count) throws Exception {
        long end = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        fill("MEASURES", "\"ISSUE_ID\", \"DETECT_SECONDS\", \"MITIGATE_SECONDS\", \"RESOLVE_SECONDS\", \"PROJECT_ID\", \"STARTED_AT\"",
                "5000000 + g, (g * 37) % 3600, CASE WHEN g % 10 = 0 THEN NULL ELSE (g * 53) % 14400 END, (g::bigint * 7919) % 28800, "
                + "g % 10, " + end + " - (g::bigint * 7919 % 730) * 86400000", count);
    }

    /** Three why-chains per postmortem, each root cause sorted into one of 8 categories and one of 50 components. */
    private void generateCauses(int count) throws Exception {
        fill("WHY_CHAIN", "\"ISSUE_ID\", \"PROBLEM\", \"ROOT_CAUSE\", \"POSITION\", \"REVISION\", \"CATEGORY_ID\", \"COMPONENT_ID\", "
                + "\"COMPONENT_NAME\"", "5000000 + g / 3, 'Cause', true, g % 3, 1, 1 + (g * 7) % 8, (g * 13) % 50, "
                + "'Component ' || ((g * 13) % 50)", count * 3);
    }

    /** Deletes the actions after the first {@code count}, the issue's scale for the dashboard items. */
    private void keepActions(int count) throws Exception {
        try (Connection connection = ao.entityManager().getProvider().getConnection(); Statement statement = connection.createStatement()) {
            String table = table(connection, "ACTION");
            statement.execute("DELETE FROM " + table + " WHERE \"ID\" > " + count);
            // As a table that never held more: the deleted rows' space and index entries reclaimed.
            statement.execute("VACUUM ANALYZE " + table);
        }
    }

    /** {@code rows} rows of the app's table straight in SQL, each value written from {@code g}, then the table analysed. */
    private void fill(String suffix, String columns, String values, int rows) throws Exception {
        try (Connection connection = ao.entityManager().getProvider().getConnection(); Statement statement = connection.createStatement()) {
            String table = table(connection, suffix);
            statement.execute("INSERT INTO " + table + " (" + columns + ") SELECT " + values + " FROM generate_series(1, " + rows + ") g");
            statement.execute("ANALYZE " + table);
        }
    }

    private static String table(Connection connection, String suffix) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                     + "WHERE table_name LIKE 'AO\\_%\\_" + suffix + "'")) {
            rows.next();
            return "\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"";
        }
    }
}
