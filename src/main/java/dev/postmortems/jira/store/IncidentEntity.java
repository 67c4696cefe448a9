package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An incident its project's policy asked a postmortem for, or that someone waived: one row per incident, with its
 * standing as {@code IncidentStanding} decided it, for {@code incidentsWithoutPostmortem()} and
 * {@code waivedPostmortems()}.
 */
@Table("INCIDENT")
// For the JQL functions: the incidents of a standing, of all projects or of one.
@Indexes(@Index(name = "standing_project", methodNames = {"getStanding", "getProjectId"}))
public interface IncidentEntity extends Entity {
    String INCIDENT_ID = "INCIDENT_ID";
    String PROJECT_ID = "PROJECT_ID";
    String REQUIRED = "REQUIRED";
    String STARTED = "STARTED";
    String STANDING = "STANDING";
    String WAIVER_REASON = "WAIVER_REASON";
    String WAIVED_BY = "WAIVED_BY";
    String WAIVED_AT = "WAIVED_AT";

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    long getProjectId();

    void setProjectId(long projectId);

    @NotNull
    @Default("false")
    boolean getRequired();

    void setRequired(boolean required);

    @NotNull
    @Default("false")
    boolean getStarted();

    void setStarted(boolean started);

    @NotNull
    @StringLength(16)
    String getStanding();

    void setStanding(String standing);

    @StringLength(StringLength.UNLIMITED)
    String getWaiverReason();

    void setWaiverReason(String waiverReason);

    /** The username of the person who waived the postmortem. */
    @StringLength(255)
    String getWaivedBy();

    void setWaivedBy(String waivedBy);

    /** Epoch milliseconds. */
    Long getWaivedAt();

    void setWaivedAt(Long waivedAt);
}
