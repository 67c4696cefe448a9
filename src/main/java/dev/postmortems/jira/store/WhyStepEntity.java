package dev.postmortems.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One "why?" and its answer. Carries the issue id as well as the chain id, so all steps of a postmortem are read
 * in one query. Plain ids, not Active Objects relations: no foreign keys to order deletes around.
 */
@Table("WHY_STEP")
public interface WhyStepEntity extends Entity {
    String CHAIN_ID = "CHAIN_ID";
    String ISSUE_ID = "ISSUE_ID";
    String POSITION = "POSITION";
    String QUESTION = "QUESTION";
    String ANSWER = "ANSWER";

    @NotNull
    @Indexed
    long getChainId();

    void setChainId(long chainId);

    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    int getPosition();

    void setPosition(int position);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String question);

    /** Empty while the team is still asking. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswer();

    void setAnswer(String answer);
}
