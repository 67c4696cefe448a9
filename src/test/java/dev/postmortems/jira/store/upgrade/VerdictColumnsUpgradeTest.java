package dev.postmortems.jira.store.upgrade;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.store.ActionEntity;
import dev.postmortems.jira.store.ActiveObjectsActionStore;
import dev.postmortems.jira.store.ActiveObjectsReviewStore;
import dev.postmortems.jira.store.ReviewEntity;
import dev.postmortems.jira.store.VerdictEntity;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.Database;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * The verdicts are an add-only change: a site upgrading from a version without them keeps every action and review,
 * which simply have no verdict, success check or follow-up, and the verdicts table starts empty.
 */
@RunWith(Parameterized.class)
public class VerdictColumnsUpgradeTest {
    /** The action table as the previous version declared it. */
    @Table("ACTION")
    public interface ActionBefore extends Entity {
        @NotNull
        long getIssueId();

        void setIssueId(long issueId);

        Long getTicketId();

        void setTicketId(Long ticketId);

        @NotNull
        @StringLength(16)
        String getKind();

        void setKind(String kind);

        Long getChainId();

        void setChainId(Long chainId);

        @StringLength(64)
        String getRequestId();

        void setRequestId(String requestId);

        Long getDueDay();

        void setDueDay(Long dueDay);

        @NotNull
        @Default("false")
        boolean getResolved();

        void setResolved(boolean resolved);

        Long getRemindedDueDay();

        void setRemindedDueDay(Long remindedDueDay);
    }

    /** The review table as the previous version declared it. */
    @Table("REVIEW")
    public interface ReviewBefore extends Entity {
        @NotNull
        long getIssueId();

        void setIssueId(long issueId);

        Long getTicketId();

        void setTicketId(Long ticketId);

        @NotNull
        @StringLength(64)
        String getRequestId();

        void setRequestId(String requestId);

        Long getDueDay();

        void setDueDay(Long dueDay);

        @NotNull
        @Default("false")
        boolean getResolved();

        void setResolved(boolean resolved);

        Long getRemindedDueDay();

        void setRemindedDueDay(Long remindedDueDay);
    }

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public VerdictColumnsUpgradeTest(Database database) {
        this.ao = new ActiveObjectsRule(database, ActionBefore.class, ReviewBefore.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    public void actionsAndReviewsWrittenBeforeVerdictsExistedAreKeptUnreviewed() throws Exception {
        ao.activeObjects().create(ActionBefore.class, new DBParam("ISSUE_ID", 7L), new DBParam("TICKET_ID", 70L),
                new DBParam("KIND", "corrective"), new DBParam("REQUEST_ID", "req-before-0001"), new DBParam("RESOLVED", false));
        ao.activeObjects().create(ReviewBefore.class, new DBParam("ISSUE_ID", 7L), new DBParam("TICKET_ID", 71L),
                new DBParam("REQUEST_ID", "req-before-0002"), new DBParam("RESOLVED", false));

        ao.entityManager().migrate(ActionEntity.class, ReviewEntity.class, VerdictEntity.class);

        ActiveObjectsActionStore actions = new ActiveObjectsActionStore(ao.activeObjects());
        ActionRecord kept = actions.actionsOf(7L).get(0);
        assertEquals(Optional.of(70L), kept.ticketId());
        assertEquals("", kept.successCheck());
        assertEquals(Optional.empty(), kept.followsUp());
        assertEquals(List.of(70L), actions.tickets(Optional.of(7L), Optional.empty(), Optional.of(JudgedAs.UNREVIEWED)));
        assertEquals(List.of(), actions.ticketsNeedingFollowUp());
        assertEquals(Optional.of(71L), new ActiveObjectsReviewStore(ao.activeObjects()).findByTicket(71L)
                .flatMap(review -> review.ticketId()));
    }
}
