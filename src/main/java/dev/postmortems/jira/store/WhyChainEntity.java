package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One why-chain of a postmortem: the problem statement of a high-level cause. Its steps are {@link WhyStepEntity}. */
@Table("WHY_CHAIN")
public interface WhyChainEntity extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String PROBLEM = "PROBLEM";
    String ROOT_CAUSE = "ROOT_CAUSE";
    String POSITION = "POSITION";
    String REVISION = "REVISION";
    String REQUEST_ID = "REQUEST_ID";

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getProblem();

    void setProblem(String problem);

    /** Whether the last step's answer is marked as the root cause. */
    @NotNull
    boolean isRootCause();

    void setRootCause(boolean rootCause);

    /** Order among the postmortem's chains, lowest first. */
    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    /** The reference of the request that added it, so that a repeat of that request adds nothing; null if none. */
    @Indexed
    @StringLength(64)
    String getRequestId();

    void setRequestId(String requestId);
}
