package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.service.team.StartRequest;
import dev.postmortems.jira.service.team.StartStore;
import dev.postmortems.jira.service.team.StartedPostmortem;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Start requests in Active Objects, found by their indexed reference; their postmortems' due dates mirrored. */
public final class ActiveObjectsStartStore extends ActiveObjectsTicketMirror<PostmortemStartEntity> implements StartStore {
    public ActiveObjectsStartStore(ActiveObjects ao) {
        super(ao, PostmortemStartEntity.class, PostmortemStartEntity.POSTMORTEM_ID, PostmortemStartEntity::getPostmortemId);
    }

    @Override
    public Optional<StartRequest> findByRequest(String requestId) {
        return row(requestId).map(row -> new StartRequest(row.getRequestId(), row.getIncidentId(),
                Optional.ofNullable(row.getPostmortemId())));
    }

    @Override
    public void createPending(String requestId, long incidentId, LocalDate plannedDue) {
        ao.create(PostmortemStartEntity.class,
                new DBParam(PostmortemStartEntity.REQUEST_ID, requestId),
                new DBParam(PostmortemStartEntity.INCIDENT_ID, incidentId),
                new DBParam(PostmortemStartEntity.PLANNED_DUE_DAY, plannedDue.toEpochDay()));
    }

    @Override
    public List<StartedPostmortem> startedFrom(long incidentId) {
        return Arrays.stream(ao.find(PostmortemStartEntity.class, Query.select("ID, " + PostmortemStartEntity.POSTMORTEM_ID + ", "
                        + PostmortemStartEntity.PLANNED_DUE_DAY + ", " + MirroredDates.DUE_DAY)
                        .where(PostmortemStartEntity.INCIDENT_ID + " = ? AND " + PostmortemStartEntity.POSTMORTEM_ID + " IS NOT NULL", incidentId)))
                .map(row -> new StartedPostmortem(row.getPostmortemId(), Optional.ofNullable(row.getPlannedDueDay()).map(LocalDate::ofEpochDay),
                        Optional.ofNullable(row.getDueDay()).map(LocalDate::ofEpochDay)))
                .toList();
    }

    @Override
    public java.util.Set<Long> startedAmong(java.util.Collection<Long> incidentIds) {
        java.util.Set<Long> started = new java.util.HashSet<>();
        if (incidentIds.isEmpty()) {
            return started;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(incidentIds.size(), "?"));
        ao.stream(PostmortemStartEntity.class, Query.select("ID, " + PostmortemStartEntity.INCIDENT_ID)
                .where(PostmortemStartEntity.INCIDENT_ID + " IN (" + placeholders + ") AND " + PostmortemStartEntity.POSTMORTEM_ID
                        + " IS NOT NULL", incidentIds.toArray()), row -> started.add(row.getIncidentId()));
        return started;
    }

    @Override
    public void replan(long postmortemId, LocalDate plannedDue) {
        for (PostmortemStartEntity row : ao.find(PostmortemStartEntity.class, Query.select("ID, " + PostmortemStartEntity.PLANNED_DUE_DAY)
                .where(PostmortemStartEntity.POSTMORTEM_ID + " = ?", postmortemId))) {
            row.setPlannedDueDay(plannedDue.toEpochDay());
            row.save();
        }
    }

    @Override
    public void recordPostmortem(String requestId, long postmortemId) {
        row(requestId).ifPresent(row -> {
            row.setPostmortemId(postmortemId);
            row.save();
        });
    }

    @Override
    public void delete(String requestId) {
        ao.deleteWithSQL(PostmortemStartEntity.class, PostmortemStartEntity.REQUEST_ID + " = ?", requestId);
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(PostmortemStartEntity.class,
                PostmortemStartEntity.POSTMORTEM_ID + " = ? OR " + PostmortemStartEntity.INCIDENT_ID + " = ?", issueId, issueId);
    }

    private Optional<PostmortemStartEntity> row(String requestId) {
        return Arrays.stream(ao.find(PostmortemStartEntity.class, Query.select("ID, " + PostmortemStartEntity.REQUEST_ID + ", "
                + PostmortemStartEntity.INCIDENT_ID + ", " + PostmortemStartEntity.POSTMORTEM_ID)
                .where(PostmortemStartEntity.REQUEST_ID + " = ?", requestId))).findFirst();
    }
}
