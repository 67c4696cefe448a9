package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Every Postmortem issue, as mirrored from Jira's issue events for {@code overduePostmortems()} and the Postmortem
 * pipeline dashboard item: its project,
 * when it was created, its due date and resolution. One row per postmortem, found by its indexed project; the row goes when the issue is deleted or is no longer a Postmortem.
 */
@Table("POSTMORTEM")
// For overduePostmortems(): the unresolved postmortems by due date.
@Indexes(@Index(name = "resolved_due", methodNames = {"getResolved", "getDueDay"}))
public interface PostmortemEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String PROJECT_ID = "PROJECT_ID";
    String CREATED_AT = "CREATED_AT";
    String DUE_DAY = "DUE_DAY";
    String RESOLVED = "RESOLVED";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** When the issue was created (epoch milliseconds). */
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    /** The due date in days since 1970-01-01, or null when it has none. */
    Long getDueDay();

    void setDueDay(Long dueDay);

    @NotNull
    @Default("false")
    boolean getResolved();

    void setResolved(boolean resolved);
}
