package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One request to start a postmortem from an incident: written before Jira creates the issue, so retries find it. */
@Table("POSTMORTEM_START")
public interface PostmortemStartEntity extends Entity {
    String REQUEST_ID = "REQUEST_ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String POSTMORTEM_ID = "POSTMORTEM_ID";

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
}
