package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.insight.MeasuredIncident;
import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.MeasureComparison;
import dev.postmortems.jira.service.timeline.MeasureStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Measures in Active Objects: one row per postmortem, each measure's column indexed for the JQL function. */
public final class ActiveObjectsMeasureStore implements MeasureStore {
    private static final String COLUMNS = String.join(", ", "ID", MeasuresEntity.ISSUE_ID, MeasuresEntity.DETECT_SECONDS,
            MeasuresEntity.MITIGATE_SECONDS, MeasuresEntity.RESOLVE_SECONDS, MeasuresEntity.PROJECT_ID, MeasuresEntity.STARTED_AT);

    private final ActiveObjects ao;

    public ActiveObjectsMeasureStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void record(long issueId, Optional<Long> projectId, Optional<Instant> impactStarted, Map<Measure, Duration> measures) {
        Long detect = seconds(measures, Measure.TIME_TO_DETECT);
        Long mitigate = seconds(measures, Measure.TIME_TO_MITIGATE);
        Long resolve = seconds(measures, Measure.TIME_TO_RESOLVE);
        Long project = projectId.orElse(null);
        Long started = impactStarted.map(Instant::toEpochMilli).orElse(null);
        List<MeasuresEntity> rows = rows(issueId);
        if (rows.isEmpty()) {
            ao.create(MeasuresEntity.class, new DBParam(MeasuresEntity.ISSUE_ID, issueId),
                    new DBParam(MeasuresEntity.DETECT_SECONDS, detect), new DBParam(MeasuresEntity.MITIGATE_SECONDS, mitigate),
                    new DBParam(MeasuresEntity.RESOLVE_SECONDS, resolve), new DBParam(MeasuresEntity.PROJECT_ID, project),
                    new DBParam(MeasuresEntity.STARTED_AT, started));
            return;
        }
        MeasuresEntity row = rows.get(0);
        row.setDetectSeconds(detect);
        row.setMitigateSeconds(mitigate);
        row.setResolveSeconds(resolve);
        row.setProjectId(project);
        row.setStartedAt(started);
        row.save();
    }

    @Override
    public List<MeasuredIncident> startedSince(long projectId, Instant from) {
        List<MeasuredIncident> found = new java.util.ArrayList<>();
        ao.stream(MeasuresEntity.class, Query.select(COLUMNS).where(MeasuresEntity.PROJECT_ID + " = ? AND " + MeasuresEntity.STARTED_AT
                + " >= ?", projectId, from.toEpochMilli()), row -> found.add(new MeasuredIncident(row.getIssueId(),
                Instant.ofEpochMilli(row.getStartedAt()), measures(row))));
        return found;
    }

    @Override
    public Set<Long> unplaced() {
        Set<Long> ids = new HashSet<>();
        ao.stream(MeasuresEntity.class, Query.select("ID, " + MeasuresEntity.ISSUE_ID).where(MeasuresEntity.PROJECT_ID + " IS NULL"),
                row -> ids.add(row.getIssueId()));
        return ids;
    }

    @Override
    public Optional<Map<Measure, Duration>> measuresOf(long issueId) {
        return rows(issueId).stream().findFirst().map(ActiveObjectsMeasureStore::measures);
    }

    private static Map<Measure, Duration> measures(MeasuresEntity row) {
        Map<Measure, Duration> measures = new EnumMap<>(Measure.class);
        put(measures, Measure.TIME_TO_DETECT, row.getDetectSeconds());
        put(measures, Measure.TIME_TO_MITIGATE, row.getMitigateSeconds());
        put(measures, Measure.TIME_TO_RESOLVE, row.getResolveSeconds());
        return measures;
    }

    @Override
    public List<Long> postmortemsWhere(Measure measure, MeasureComparison comparison, Duration given) {
        Set<Long> ids = new LinkedHashSet<>();
        ao.stream(MeasuresEntity.class, Query.select("ID, " + MeasuresEntity.ISSUE_ID)
                        .where(column(measure) + " " + comparison.symbol() + " ?", given.toSeconds()),
                row -> ids.add(row.getIssueId()));
        return List.copyOf(ids);
    }

    @Override
    public Set<Long> recorded() {
        Set<Long> ids = new HashSet<>();
        ao.stream(MeasuresEntity.class, Query.select("ID, " + MeasuresEntity.ISSUE_ID), row -> ids.add(row.getIssueId()));
        return ids;
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(MeasuresEntity.class, MeasuresEntity.ISSUE_ID + " = ?", issueId);
    }

    private List<MeasuresEntity> rows(long issueId) {
        return Arrays.stream(ao.find(MeasuresEntity.class, Query.select(COLUMNS).where(MeasuresEntity.ISSUE_ID + " = ?", issueId)))
                .sorted(Comparator.comparingInt(MeasuresEntity::getID)).toList();
    }

    private static String column(Measure measure) {
        return switch (measure) {
            case TIME_TO_DETECT -> MeasuresEntity.DETECT_SECONDS;
            case TIME_TO_MITIGATE -> MeasuresEntity.MITIGATE_SECONDS;
            case TIME_TO_RESOLVE -> MeasuresEntity.RESOLVE_SECONDS;
        };
    }

    private static Long seconds(Map<Measure, Duration> measures, Measure measure) {
        return Optional.ofNullable(measures.get(measure)).map(Duration::toSeconds).orElse(null);
    }

    private static void put(Map<Measure, Duration> measures, Measure measure, Long seconds) {
        if (seconds != null) {
            measures.put(measure, Duration.ofSeconds(seconds));
        }
    }
}
