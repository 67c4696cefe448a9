package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A postmortem's answers to the five questions: one row per postmortem. An unanswered question is null (some
 * databases store an empty text as null anyway).
 */
@Table("LESSONS")
public interface LessonsEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String WENT_WRONG = "WENT_WRONG";
    String WENT_RIGHT = "WENT_RIGHT";
    String LUCKY = "LUCKY";
    String UNLUCKY = "UNLUCKY";
    String PREVENTION = "PREVENTION";
    String REVISION = "REVISION";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @StringLength(StringLength.UNLIMITED)
    String getWentWrong();

    void setWentWrong(String answer);

    @StringLength(StringLength.UNLIMITED)
    String getWentRight();

    void setWentRight(String answer);

    @StringLength(StringLength.UNLIMITED)
    String getLucky();

    void setLucky(String answer);

    @StringLength(StringLength.UNLIMITED)
    String getUnlucky();

    void setUnlucky(String answer);

    @StringLength(StringLength.UNLIMITED)
    String getPrevention();

    void setPrevention(String answer);

    @NotNull
    int getRevision();

    void setRevision(int revision);
}
