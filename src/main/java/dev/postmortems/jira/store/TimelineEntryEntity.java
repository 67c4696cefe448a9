package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One timeline entry of a postmortem: a fact and when it happened. Keyed by the Jira issue id, never the key,
 * because issue keys change when an issue moves between projects.
 */
@Table("TIMELINE_ENTRY")
public interface TimelineEntryEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String OCCURRED_AT = "OCCURRED_AT";
    String TEXT = "TEXT";
    String TAG = "TAG";
    String REVISION = "REVISION";
    String REQUEST_ID = "REQUEST_ID";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    /** When it happened, as milliseconds since the epoch (UTC on every database, whatever its time zone). */
    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    /** A key moment such as "detected", or null for an ordinary entry. */
    @StringLength(32)
    String getTag();

    void setTag(String tag);

    /** Counts saves, so a stale edit is refused instead of silently overwriting a newer one. */
    @NotNull
    int getRevision();

    void setRevision(int revision);

    /**
     * The reference of the request that added it, so that a repeat of that request adds nothing; null for entries
     * added without one (those before this column existed, and the timeline a started postmortem is seeded with).
     */
    @Indexed
    @StringLength(64)
    String getRequestId();

    void setRequestId(String requestId);
}
