package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A postmortem's measures in seconds, as its timeline gives them, for {@code postmortemsWithMeasure}: one row per
 * postmortem, a column per measure, null where the timeline lacks a key moment. Its project and the moment impact
 * started place it for the Detection and recovery gadget, through the composite index.
 */
@Table("MEASURES")
@Indexes(@Index(name = "project_started", methodNames = {"getProjectId", "getStartedAt"}))
public interface MeasuresEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String DETECT_SECONDS = "DETECT_SECONDS";
    String MITIGATE_SECONDS = "MITIGATE_SECONDS";
    String RESOLVE_SECONDS = "RESOLVE_SECONDS";
    String PROJECT_ID = "PROJECT_ID";
    String STARTED_AT = "STARTED_AT";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @Indexed
    Long getDetectSeconds();

    void setDetectSeconds(Long seconds);

    @Indexed
    Long getMitigateSeconds();

    void setMitigateSeconds(Long seconds);

    @Indexed
    Long getResolveSeconds();

    void setResolveSeconds(Long seconds);

    /** The postmortem's Jira project when it was last measured; null until then (older rows, filled at start). */
    Long getProjectId();

    void setProjectId(Long projectId);

    /** When impact started (epoch milliseconds), the timeline's *Impact started* moment; null without it. */
    Long getStartedAt();

    void setStartedAt(Long startedAt);
}
