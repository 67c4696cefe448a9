package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One request to start a postmortem from an incident: written before Jira creates the issue, so retries find it. Once
 * the postmortem exists its row mirrors the postmortem's due date and resolution, for the JQL function that finds
 * late postmortems and for the reminder to their facilitators.
 */
@Table("POSTMORTEM_START")
// For overduePostmortems(): the unresolved postmortems by due date.
@Indexes(@Index(name = "resolved_due", methodNames = {"getResolved", "getDueDay"}))
public interface PostmortemStartEntity extends Entity, MirroredDates {
    String REQUEST_ID = "REQUEST_ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String POSTMORTEM_ID = "POSTMORTEM_ID";
    String PLANNED_DUE_DAY = "PLANNED_DUE_DAY";

    @NotNull
    @Indexed
    @StringLength(64)
    String getRequestId();

    void setRequestId(String requestId);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    /** The Postmortem issue's id, once Jira created it. */
    Long getPostmortemId();

    void setPostmortemId(Long postmortemId);

    @Override
    @Indexed
    Long getDueDay();

    @Override
    @NotNull
    @Default("false")
    boolean getResolved();

    /** The due day the app gave the postmortem (days since 1970-01-01); null for requests older than due dates. */
    Long getPlannedDueDay();

    void setPlannedDueDay(Long plannedDueDay);
}
