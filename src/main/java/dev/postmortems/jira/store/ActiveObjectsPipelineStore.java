package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.service.followup.IssueState;
import dev.postmortems.jira.service.insight.PipelineStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The postmortems' rows in Active Objects, found by their indexed issue id or project. */
public final class ActiveObjectsPipelineStore implements PipelineStore {
    private static final String COLUMNS = String.join(", ", "ID", PostmortemEntity.ISSUE_ID, PostmortemEntity.PROJECT_ID,
            PostmortemEntity.CREATED_AT, PostmortemEntity.DUE_DAY, PostmortemEntity.RESOLVED);

    private final ActiveObjects ao;

    public ActiveObjectsPipelineStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void issueChanged(long issueId, boolean postmortem, IssueState now) {
        if (!postmortem || now.projectId().isEmpty()) {
            forget(issueId);
            return;
        }
        long projectId = now.projectId().get();
        Long createdAt = now.created().map(Instant::toEpochMilli).orElse(null);
        Long dueDay = now.due().map(LocalDate::toEpochDay).orElse(null);
        PostmortemEntity[] rows = ao.find(PostmortemEntity.class, Query.select(COLUMNS).where(PostmortemEntity.ISSUE_ID + " = ?", issueId));
        if (rows.length == 0) {
            // Two events for a new postmortem at once may both get here; a second row would count it twice, so the
            // read of a project keeps one row per issue.
            ao.create(PostmortemEntity.class, new DBParam(PostmortemEntity.ISSUE_ID, issueId), new DBParam(PostmortemEntity.PROJECT_ID, projectId),
                    new DBParam(PostmortemEntity.CREATED_AT, createdAt), new DBParam(PostmortemEntity.DUE_DAY, dueDay),
                    new DBParam(PostmortemEntity.RESOLVED, now.resolved()));
            return;
        }
        for (PostmortemEntity row : rows) {
            if (row.getProjectId() != projectId || !Objects.equals(row.getCreatedAt(), createdAt) || !Objects.equals(row.getDueDay(), dueDay)
                    || row.getResolved() != now.resolved()) {
                row.setProjectId(projectId);
                row.setCreatedAt(createdAt);
                row.setDueDay(dueDay);
                row.setResolved(now.resolved());
                row.save();
            }
        }
    }

    @Override
    public int forget(long issueId) {
        return ao.deleteWithSQL(PostmortemEntity.class, PostmortemEntity.ISSUE_ID + " = ?", issueId);
    }

    @Override
    public List<MirroredPostmortem> postmortemsIn(long projectId) {
        List<MirroredPostmortem> postmortems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        ao.stream(PostmortemEntity.class, Query.select(COLUMNS).where(PostmortemEntity.PROJECT_ID + " = ?", projectId), row -> {
            if (seen.add(row.getIssueId())) {
                postmortems.add(new MirroredPostmortem(row.getIssueId(), Optional.ofNullable(row.getCreatedAt()).map(Instant::ofEpochMilli),
                        Optional.ofNullable(row.getDueDay()).map(LocalDate::ofEpochDay), row.getResolved()));
            }
        });
        return postmortems;
    }

    @Override
    public List<Long> overdue(LocalDate dueBefore) {
        Set<Long> overdue = new java.util.LinkedHashSet<>();
        ao.stream(PostmortemEntity.class, Query.select("ID, " + PostmortemEntity.ISSUE_ID).where(PostmortemEntity.RESOLVED + " = ? AND "
                + PostmortemEntity.DUE_DAY + " < ?", false, dueBefore.toEpochDay()), row -> overdue.add(row.getIssueId()));
        return List.copyOf(overdue);
    }

    @Override
    public Set<Long> recorded() {
        Set<Long> recorded = new HashSet<>();
        ao.stream(PostmortemEntity.class, Query.select("ID, " + PostmortemEntity.ISSUE_ID), row -> recorded.add(row.getIssueId()));
        return recorded;
    }
}
