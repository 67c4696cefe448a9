package dev.postmortems.jira.service.insight;

import dev.postmortems.jira.service.followup.IssueState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: every Postmortem issue as mirrored from Jira, for {@code overduePostmortems()} and the Postmortem pipeline item. */
public interface PipelineStore {
    /** A postmortem as last mirrored. */
    record MirroredPostmortem(long issueId, Optional<Instant> createdAt, Optional<LocalDate> due, boolean resolved) {
    }

    /**
     * Jira changed an issue: a Postmortem's row takes its state (written only when it differs); any other issue — one
     * no longer a Postmortem, or deleted — has none. One statement when nothing changes.
     */
    void issueChanged(long issueId, boolean postmortem, IssueState now);

    /** The issue is gone from Jira: its row goes. */
    int forget(long issueId);

    /** The postmortems of the project, resolved or not, in one indexed query. */
    List<MirroredPostmortem> postmortemsIn(long projectId);

    /** The unresolved postmortems due before {@code dueBefore}, in one indexed query. */
    List<Long> overdue(LocalDate dueBefore);

    /** The issues that have a row. */
    Set<Long> recorded();
}
