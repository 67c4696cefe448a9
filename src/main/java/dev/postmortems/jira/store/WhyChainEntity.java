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
    String CATEGORY_ID = "CATEGORY_ID";
    String COMPONENT_ID = "COMPONENT_ID";
    String COMPONENT_NAME = "COMPONENT_NAME";

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

    /** The cause category its root cause is sorted into ({@link CauseCategoryEntity}); null if none. */
    @Indexed
    Long getCategoryId();

    void setCategoryId(Long categoryId);

    /** The Jira component of the postmortem's project named with the category; null if none. */
    @Indexed
    Long getComponentId();

    void setComponentId(Long componentId);

    /** That component's name when it was chosen, which JQL matches. */
    @StringLength(255)
    String getComponentName();

    void setComponentName(String componentName);
}
