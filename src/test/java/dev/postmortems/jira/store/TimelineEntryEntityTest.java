package dev.postmortems.jira.store;

import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppTablePrefix;
import dev.postmortems.jira.store.testing.Database;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

@RunWith(Parameterized.class)
public class TimelineEntryEntityTest {
    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public TimelineEntryEntityTest(Database database) {
        this.ao = new ActiveObjectsRule(database, TimelineEntryEntity.class);
    }

    @Test
    public void givenSavedEntry_whenFoundByIssue_thenEveryFieldComesBack() {
        String text = "10:53 — the on-call engineer rebooted the switch. «Ünïcödé» 🚒 " + "x".repeat(10_000);
        ao.activeObjects().create(TimelineEntryEntity.class,
                new DBParam(TimelineEntryEntity.ISSUE_ID, 10_001L),
                new DBParam(TimelineEntryEntity.OCCURRED_AT, 1_795_000_000_000L),
                new DBParam(TimelineEntryEntity.TEXT, text),
                new DBParam(TimelineEntryEntity.REVISION, 1));

        TimelineEntryEntity[] found = ao.activeObjects().find(TimelineEntryEntity.class,
                Query.select().where(TimelineEntryEntity.ISSUE_ID + " = ?", 10_001L));

        assertEquals(1, found.length);
        assertEquals(10_001L, found[0].getIssueId());
        assertEquals(1_795_000_000_000L, found[0].getOccurredAt());
        assertEquals(text, found[0].getText());
        assertNull(found[0].getTag());
        assertEquals(1, found[0].getRevision());
    }

    @Test
    public void givenEntriesOfTwoIssues_whenOneIsQueried_thenOnlyItsEntriesCount() {
        for (long issueId : new long[] {1L, 1L, 2L}) {
            ao.activeObjects().create(TimelineEntryEntity.class,
                    new DBParam(TimelineEntryEntity.ISSUE_ID, issueId),
                    new DBParam(TimelineEntryEntity.OCCURRED_AT, 0L),
                    new DBParam(TimelineEntryEntity.TEXT, "fact"),
                    new DBParam(TimelineEntryEntity.REVISION, 1));
        }

        assertEquals(2, ao.activeObjects().count(TimelineEntryEntity.class,
                Query.select().where(TimelineEntryEntity.ISSUE_ID + " = ?", 1L)));
    }

    @Test
    public void tableAndColumnsAreNamedAsJiraNamesThem() throws Exception {
        String table = AppTablePrefix.forApp().value() + "TIMELINE_ENTRY";
        Set<String> columns = new HashSet<>();
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            // AO quotes its upper-case names on PostgreSQL, so match the table name without regard to case.
            try (ResultSet rs = metaData.getColumns(null, null, "%", null)) {
                while (rs.next()) {
                    if (table.equalsIgnoreCase(rs.getString("TABLE_NAME"))) {
                        columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        assertTrue(table + " must fit Jira's 30-character limit", table.length() <= 30);
        assertEquals(Set.of("ID", "ISSUE_ID", "OCCURRED_AT", "TEXT", "TAG", "REVISION", "REQUEST_ID"), columns);
    }
}
