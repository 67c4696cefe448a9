package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.followup.IssueState;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Action records in Active Objects, found by the postmortem's indexed issue id or by their request reference. */
public final class ActiveObjectsActionStore extends ActiveObjectsTicketMirror<ActionEntity> implements ActionStore {
    private static final String COLUMNS = String.join(", ", "ID", ActionEntity.ISSUE_ID, ActionEntity.TICKET_ID,
            ActionEntity.KIND, ActionEntity.CHAIN_ID, ActionEntity.REQUEST_ID, ActionEntity.FOLLOWS_UP_ID, ActionEntity.SUCCESS_CHECK);

    public ActiveObjectsActionStore(ActiveObjects ao) {
        super(ao, ActionEntity.class, MirroredTicket.TICKET_ID, ActionEntity::getTicketId, ActionEntity.DONE_AT, ActionEntity.CREATED_AT,
                ActionEntity.ISSUE_ID, ActionEntity.PROJECT_ID);
    }

    /** An action follows its ticket, and the postmortem it belongs to into another project: both in one query. */
    @Override
    protected String followers() {
        return ActionEntity.TICKET_ID + " = ? OR " + ActionEntity.ISSUE_ID + " = ?";
    }

    @Override
    protected Object[] followerParameters(long issueId) {
        return new Object[] {issueId, issueId};
    }

    /**
     * Of its ticket: the resolution date, and for a row older than the column the ticket's creation as when it was
     * decided. Of its postmortem: the project.
     */
    @Override
    protected boolean followOwn(ActionEntity row, long issueId, IssueState now) {
        boolean changed = false;
        if (Objects.equals(row.getTicketId(), issueId)) {
            Long doneAt = now.resolved() ? now.resolvedAt().map(Instant::toEpochMilli).orElse(null) : null;
            if (!Objects.equals(row.getDoneAt(), doneAt)) {
                row.setDoneAt(doneAt);
                changed = true;
            }
            if (row.getCreatedAt() == null && now.created().isPresent()) {
                row.setCreatedAt(now.created().get().toEpochMilli());
                changed = true;
            }
        }
        if (row.getIssueId() == issueId && now.projectId().isPresent() && !now.projectId().get().equals(row.getProjectId())) {
            row.setProjectId(now.projectId().get());
            changed = true;
        }
        return changed;
    }

    @Override
    public List<FollowedAction> followedIn(long projectId, Instant since) {
        List<FollowedAction> found = new java.util.ArrayList<>();
        long from = since.toEpochMilli();
        ao.stream(ActionEntity.class, Query.select(String.join(", ", "ID", ActionEntity.ISSUE_ID, ActionEntity.TICKET_ID, ActionEntity.KIND,
                                ActionEntity.CREATED_AT, ActionEntity.DONE_AT))
                        .where(ActionEntity.PROJECT_ID + " = ? AND " + ActionEntity.TICKET_ID + " IS NOT NULL AND ("
                                + ActionEntity.RESOLVED + " = ? OR " + ActionEntity.CREATED_AT + " >= ? OR " + ActionEntity.DONE_AT
                                + " >= ?)", projectId, false, from, from),
                row -> found.add(new FollowedAction(row.getIssueId(), row.getTicketId(), kindOf(row),
                        Optional.ofNullable(row.getCreatedAt()).map(Instant::ofEpochMilli),
                        Optional.ofNullable(row.getDoneAt()).map(Instant::ofEpochMilli))));
        return found;
    }

    @Override
    public Unplaced unplaced() {
        Set<Long> tickets = new java.util.HashSet<>();
        Set<Long> postmortems = new java.util.HashSet<>();
        ao.stream(ActionEntity.class, Query.select(String.join(", ", "ID", ActionEntity.ISSUE_ID, ActionEntity.TICKET_ID,
                        ActionEntity.PROJECT_ID, ActionEntity.CREATED_AT))
                .where(ActionEntity.PROJECT_ID + " IS NULL OR (" + ActionEntity.CREATED_AT + " IS NULL AND " + ActionEntity.TICKET_ID
                        + " IS NOT NULL)"), row -> {
            if (row.getProjectId() == null) {
                postmortems.add(row.getIssueId());
            }
            if (row.getCreatedAt() == null && row.getTicketId() != null) {
                tickets.add(row.getTicketId());
            }
        });
        return new Unplaced(tickets, postmortems);
    }

    @Override
    public List<dev.postmortems.jira.domain.action.RootCauseFix> fixesJudged(long projectId, Verdict verdict) {
        List<dev.postmortems.jira.domain.action.RootCauseFix> found = new java.util.ArrayList<>();
        ao.stream(ActionEntity.class, Query.select("ID, " + ActionEntity.TICKET_ID + ", " + ActionEntity.CHAIN_ID)
                .where(ActionEntity.PROJECT_ID + " = ? AND " + ActionEntity.VERDICT + " = ? AND " + ActionEntity.CHAIN_ID + " IS NOT NULL AND "
                        + ActionEntity.TICKET_ID + " IS NOT NULL", projectId, verdict.key()),
                row -> found.add(new dev.postmortems.jira.domain.action.RootCauseFix(row.getTicketId(), row.getChainId())));
        return found;
    }

    @Override
    public List<ActionWithVerdict> withVerdicts(java.util.Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(issueIds.size(), "?"));
        return Arrays.stream(ao.find(ActionEntity.class, Query.select(COLUMNS + ", " + ActionEntity.VERDICT)
                        .where(ActionEntity.ISSUE_ID + " IN (" + placeholders + ")", issueIds.toArray())))
                .sorted(Comparator.comparingInt(ActionEntity::getID))
                .map(row -> new ActionWithVerdict(toRecord(row), Optional.ofNullable(row.getVerdict()).flatMap(Verdict::fromKey)))
                .toList();
    }

    @Override
    public List<ActionRecord> actionsOf(long issueId) {
        return Arrays.stream(ao.find(ActionEntity.class, Query.select(COLUMNS).where(ActionEntity.ISSUE_ID + " = ?", issueId)))
                .sorted(Comparator.comparingInt(ActionEntity::getID))
                .map(ActiveObjectsActionStore::toRecord)
                .toList();
    }

    @Override
    public Optional<ActionRecord> find(long actionId) {
        return first(Query.select(COLUMNS).where("ID = ?", actionId));
    }

    @Override
    public List<ActionRecord> actionsWithTicket(long ticketId) {
        return Arrays.stream(ao.find(ActionEntity.class, Query.select(COLUMNS).where(ActionEntity.TICKET_ID + " = ?", ticketId)))
                .map(ActiveObjectsActionStore::toRecord).toList();
    }

    @Override
    public Optional<ActionRecord> findByRequest(String requestId) {
        return first(Query.select(COLUMNS).where(ActionEntity.REQUEST_ID + " = ?", requestId));
    }

    @Override
    public ActionRecord createPending(long issueId, String requestId, ActionKind kind, Optional<Long> chainId,
                                      Optional<Long> followsUp, String successCheck, Placement placement) {
        return toRecord(ao.create(ActionEntity.class,
                new DBParam(ActionEntity.ISSUE_ID, issueId),
                new DBParam(ActionEntity.REQUEST_ID, requestId),
                new DBParam(ActionEntity.KIND, kind.key()),
                new DBParam(ActionEntity.CHAIN_ID, chainId.orElse(null)),
                new DBParam(ActionEntity.FOLLOWS_UP_ID, followsUp.orElse(null)),
                new DBParam(ActionEntity.SUCCESS_CHECK, successCheck.isEmpty() ? null : successCheck),
                new DBParam(ActionEntity.PROJECT_ID, placement.projectId().orElse(null)),
                new DBParam(ActionEntity.CREATED_AT, placement.decidedAt().toEpochMilli())));
    }

    @Override
    public void describeSuccessCheck(long actionId, String successCheck) {
        ActionEntity row = ao.get(ActionEntity.class, (int) actionId);
        if (row != null) {
            row.setSuccessCheck(successCheck.isEmpty() ? null : successCheck);
            row.save();
        }
    }

    @Override
    public void mirrorVerdicts(long issueId, Map<Long, Verdict> latest, Set<Long> needingFollowUp) {
        ActionEntity[] rows = ao.find(ActionEntity.class, Query.select("ID, " + ActionEntity.VERDICT + ", " + ActionEntity.NEEDS_FOLLOW_UP)
                .where(ActionEntity.ISSUE_ID + " = ?", issueId));
        for (ActionEntity row : rows) {
            String verdict = Optional.ofNullable(latest.get((long) row.getID())).map(Verdict::key).orElse(null);
            boolean needs = needingFollowUp.contains((long) row.getID());
            if (!java.util.Objects.equals(row.getVerdict(), verdict) || row.getNeedsFollowUp() != needs) {
                row.setVerdict(verdict);
                row.setNeedsFollowUp(needs);
                row.save();
            }
        }
    }

    @Override
    public List<Long> ticketsNeedingFollowUp() {
        return column(ActionEntity::getTicketId, Query.select("ID, " + ActionEntity.TICKET_ID)
                .where(ActionEntity.NEEDS_FOLLOW_UP + " = ? AND " + ActionEntity.TICKET_ID + " IS NOT NULL", true));
    }

    @Override
    public ActionRecord recordTicket(long actionId, long ticketId) {
        return ao.executeInTransaction(() -> {
            ActionEntity row = ao.get(ActionEntity.class, (int) actionId);
            if (row.getTicketId() == null || row.getTicketId() != ticketId) {
                row.setTicketId(ticketId);
                row.save();
            }
            return toRecord(row);
        });
    }

    @Override
    public void delete(long actionId) {
        ao.deleteWithSQL(ActionEntity.class, "ID = ?", actionId);
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(ActionEntity.class, ActionEntity.ISSUE_ID + " = ?", issueId);
    }

    @Override
    public List<Long> tickets(Optional<Long> postmortemId, Optional<ActionKind> kind, Optional<JudgedAs> judged) {
        List<String> conditions = new java.util.ArrayList<>(List.of(ActionEntity.TICKET_ID + " IS NOT NULL"));
        List<Object> parameters = new java.util.ArrayList<>();
        postmortemId.ifPresent(id -> {
            conditions.add(ActionEntity.ISSUE_ID + " = ?");
            parameters.add(id);
        });
        kind.ifPresent(wanted -> {
            conditions.add(ActionEntity.KIND + " = ?");
            parameters.add(wanted.key());
        });
        judged.ifPresent(wanted -> {
            if (wanted.verdict().isPresent()) {
                conditions.add(ActionEntity.VERDICT + " = ?");
                parameters.add(wanted.verdict().get().key());
            } else {
                conditions.add(ActionEntity.VERDICT + " IS NULL");
            }
        });
        return column(ActionEntity::getTicketId,
                Query.select("ID, " + ActionEntity.TICKET_ID).where(String.join(" AND ", conditions), parameters.toArray()));
    }

    @Override
    public List<Long> postmortemsWithOpenActions() {
        return column(ActionEntity::getIssueId,
                Query.select("ID, " + ActionEntity.ISSUE_ID).where(ActionEntity.RESOLVED + " = ? AND " + ActionEntity.TICKET_ID
                        + " IS NOT NULL", false));
    }

    @Override
    public Set<Long> postmortemsWithOpenActionsIn(long projectId) {
        return Set.copyOf(column(ActionEntity::getIssueId, Query.select("ID, " + ActionEntity.ISSUE_ID).where(ActionEntity.PROJECT_ID
                + " = ? AND " + ActionEntity.RESOLVED + " = ? AND " + ActionEntity.TICKET_ID + " IS NOT NULL", projectId, false)));
    }

    private Optional<ActionRecord> first(Query query) {
        return Arrays.stream(ao.find(ActionEntity.class, query)).findFirst().map(ActiveObjectsActionStore::toRecord);
    }

    // A kind this version does not know (written by a newer one) is read as corrective rather than lost.
    private static ActionKind kindOf(ActionEntity row) {
        return ActionKind.fromKey(row.getKind()).orElse(ActionKind.CORRECTIVE);
    }

    private static ActionRecord toRecord(ActionEntity row) {
        return new ActionRecord(row.getID(), row.getIssueId(), row.getRequestId() == null ? "" : row.getRequestId(),
                Optional.ofNullable(row.getTicketId()), kindOf(row),
                Optional.ofNullable(row.getChainId()), Optional.ofNullable(row.getFollowsUpId()),
                row.getSuccessCheck() == null ? "" : row.getSuccessCheck());
    }
}
