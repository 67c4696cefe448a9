package dev.postmortems.jira.store.upgrade;

import dev.postmortems.jira.store.testing.IssueStates;
import dev.postmortems.jira.store.ActiveObjectsStartStore;
import dev.postmortems.jira.store.PostmortemStartEntity;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.Database;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * The started postmortems' due-date columns are an add-only change: requests written before keep working, and their
 * postmortems count as not overdue until Jira's next change to them (or the reminders' reconciliation) mirrors them.
 */
@RunWith(Parameterized.class)
public class PostmortemDueColumnsUpgradeTest {
    /** The start table as the previous version declared it. */
    @Table("POSTMORTEM_START")
    public interface StartBefore extends Entity {
        @NotNull
        @StringLength(64)
        String getRequestId();

        void setRequestId(String requestId);

        @NotNull
        long getIncidentId();

        void setIncidentId(long incidentId);

        Long getPostmortemId();

        void setPostmortemId(Long postmortemId);
    }

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public PostmortemDueColumnsUpgradeTest(Database database) {
        this.ao = new ActiveObjectsRule(database, StartBefore.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    public void requestsWrittenBeforeAreKeptAndTheirPostmortemsMirroredFromTheNextChange() throws Exception {
        ao.activeObjects().create(StartBefore.class, new DBParam("REQUEST_ID", "req-before-0001"), new DBParam("INCIDENT_ID", 7L),
                new DBParam("POSTMORTEM_ID", 8L));

        ao.entityManager().migrate(PostmortemStartEntity.class);

        ActiveObjectsStartStore store = new ActiveObjectsStartStore(ao.activeObjects());
        assertEquals(Optional.of(8L), store.findByRequest("req-before-0001").orElseThrow().postmortemId());
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertEquals(List.of(), store.overdueTickets(today));
        store.ticketChanged(8L, IssueStates.dated(Optional.of(today.minusDays(1)), false));
        assertEquals(List.of(8L), store.overdueTickets(today));
    }
}
