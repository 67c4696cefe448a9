package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A postmortem's meeting: one row per postmortem, changed in place with a higher sequence. */
@Table("MEETING")
public interface MeetingEntity extends Entity {
    String POSTMORTEM_ID = "POSTMORTEM_ID";
    String STARTS_AT = "STARTS_AT";
    String MINUTES = "MINUTES";
    String PLACE = "PLACE";
    String TIME_ZONE = "TIME_ZONE";
    String ORGANIZER = "ORGANIZER";
    String SEQUENCE = "SEQUENCE";
    String UID = "UID";

    @NotNull
    @Indexed
    long getPostmortemId();

    void setPostmortemId(long postmortemId);

    /** Epoch milliseconds. */
    @NotNull
    long getStartsAt();

    void setStartsAt(long startsAt);

    @NotNull
    int getMinutes();

    void setMinutes(int minutes);

    @StringLength(StringLength.UNLIMITED)
    String getPlace();

    void setPlace(String place);

    @NotNull
    @StringLength(64)
    String getTimeZone();

    void setTimeZone(String timeZone);

    @NotNull
    @StringLength(255)
    String getOrganizer();

    void setOrganizer(String organizer);

    @NotNull
    int getSequence();

    void setSequence(int sequence);

    @NotNull
    @StringLength(64)
    String getUid();

    void setUid(String uid);
}
