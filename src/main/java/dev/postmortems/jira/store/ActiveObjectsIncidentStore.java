package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.team.IncidentStanding;
import dev.postmortems.jira.domain.team.Waiver;
import dev.postmortems.jira.service.team.IncidentRecord;
import dev.postmortems.jira.service.team.IncidentStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Incidents and their standing in Active Objects, one row each; callers hold the incident's edit lock to write. */
public final class ActiveObjectsIncidentStore implements IncidentStore {
    private static final String COLUMNS = String.join(", ", "ID", IncidentEntity.INCIDENT_ID, IncidentEntity.PROJECT_ID,
            IncidentEntity.REQUIRED, IncidentEntity.STARTED, IncidentEntity.STANDING, IncidentEntity.WAIVER_REASON,
            IncidentEntity.WAIVED_BY, IncidentEntity.WAIVED_AT);

    private final ActiveObjects ao;

    public ActiveObjectsIncidentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<IncidentRecord> find(long incidentId) {
        return rows(incidentId).stream().findFirst().map(ActiveObjectsIncidentStore::toRecord);
    }

    @Override
    public java.util.Map<Long, IncidentRecord> findAll(java.util.Collection<Long> incidentIds) {
        java.util.Map<Long, IncidentRecord> found = new java.util.HashMap<>();
        if (incidentIds.isEmpty()) {
            return found;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(incidentIds.size(), "?"));
        Arrays.stream(ao.find(IncidentEntity.class, Query.select(COLUMNS)
                        .where(IncidentEntity.INCIDENT_ID + " IN (" + placeholders + ")", incidentIds.toArray())))
                .sorted(Comparator.comparingInt(IncidentEntity::getID))
                .forEach(row -> found.putIfAbsent(row.getIncidentId(), toRecord(row)));
        return found;
    }

    @Override
    public void save(IncidentRecord record) {
        List<IncidentEntity> rows = rows(record.incidentId());
        Optional<Waiver> waiver = record.waiver();
        if (rows.isEmpty()) {
            ao.create(IncidentEntity.class,
                    new DBParam(IncidentEntity.INCIDENT_ID, record.incidentId()),
                    new DBParam(IncidentEntity.PROJECT_ID, record.projectId()),
                    new DBParam(IncidentEntity.REQUIRED, record.required()),
                    new DBParam(IncidentEntity.STARTED, record.started()),
                    new DBParam(IncidentEntity.STANDING, record.standing().key()),
                    new DBParam(IncidentEntity.WAIVER_REASON, waiver.map(Waiver::reason).orElse(null)),
                    new DBParam(IncidentEntity.WAIVED_BY, waiver.map(Waiver::waivedBy).orElse(null)),
                    new DBParam(IncidentEntity.WAIVED_AT, waiver.map(given -> given.waivedAt().toEpochMilli()).orElse(null)));
            return;
        }
        IncidentEntity row = rows.get(0);
        row.setProjectId(record.projectId());
        row.setRequired(record.required());
        row.setStarted(record.started());
        row.setStanding(record.standing().key());
        row.setWaiverReason(waiver.map(Waiver::reason).orElse(null));
        row.setWaivedBy(waiver.map(Waiver::waivedBy).orElse(null));
        row.setWaivedAt(waiver.map(given -> given.waivedAt().toEpochMilli()).orElse(null));
        row.save();
    }

    @Override
    public List<Long> incidents(IncidentStanding standing, Optional<Long> projectId) {
        List<Object> parameters = new ArrayList<>(List.of(standing.key()));
        String where = IncidentEntity.STANDING + " = ?";
        if (projectId.isPresent()) {
            where += " AND " + IncidentEntity.PROJECT_ID + " = ?";
            parameters.add(projectId.get());
        }
        Set<Long> ids = new LinkedHashSet<>();
        ao.stream(IncidentEntity.class, Query.select("ID, " + IncidentEntity.INCIDENT_ID).where(where, parameters.toArray()),
                row -> ids.add(row.getIncidentId()));
        return List.copyOf(ids);
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(IncidentEntity.class, IncidentEntity.INCIDENT_ID + " = ?", issueId);
    }

    // Oldest first: should a second row ever appear for an incident, the first one written is the one read and updated.
    private List<IncidentEntity> rows(long incidentId) {
        return Arrays.stream(ao.find(IncidentEntity.class, Query.select(COLUMNS).where(IncidentEntity.INCIDENT_ID + " = ?", incidentId)))
                .sorted(Comparator.comparingInt(IncidentEntity::getID)).toList();
    }

    private static IncidentRecord toRecord(IncidentEntity row) {
        Optional<Waiver> waiver = row.getWaivedAt() == null || row.getWaiverReason() == null ? Optional.empty()
                : Optional.of(new Waiver(row.getWaiverReason(), Optional.ofNullable(row.getWaivedBy()).orElse(""),
                        Instant.ofEpochMilli(row.getWaivedAt())));
        return new IncidentRecord(row.getIncidentId(), row.getProjectId(), row.getRequired(), row.getStarted(), waiver);
    }
}
