package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.action.ActionStore;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Action records in Active Objects, found by the postmortem's indexed issue id. */
public final class ActiveObjectsActionStore implements ActionStore {
    private static final String COLUMNS = String.join(", ", "ID", ActionEntity.ISSUE_ID, ActionEntity.TICKET_ID,
            ActionEntity.KIND, ActionEntity.CHAIN_ID);

    private final ActiveObjects ao;

    public ActiveObjectsActionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<ActionRecord> actionsOf(long issueId) {
        return Arrays.stream(ao.find(ActionEntity.class, Query.select(COLUMNS).where(ActionEntity.ISSUE_ID + " = ?", issueId)))
                .sorted(Comparator.comparingInt(ActionEntity::getID))
                // A kind this version does not know (written by a newer one) is read as corrective rather than lost.
                .map(row -> new ActionRecord(row.getID(), row.getIssueId(), Optional.ofNullable(row.getTicketId()),
                        ActionKind.fromKey(row.getKind()).orElse(ActionKind.CORRECTIVE), Optional.ofNullable(row.getChainId())))
                .toList();
    }
}
