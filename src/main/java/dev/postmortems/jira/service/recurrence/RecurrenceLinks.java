package dev.postmortems.jira.service.recurrence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: the Postmortem Recurrence links in Jira, from an original postmortem to the incidents its problem came back in. */
public interface RecurrenceLinks {
    /** An issue that may be marked as a recurrence, if the current user may browse it. */
    Optional<IncidentIssue> incident(String issueKey);

    /** The issues that belong to the postmortem itself: the incident it analyses, its actions and its review. */
    Set<Long> partOf(long postmortemId);

    /** The recurrences of one postmortem, oldest first, in one read of its links and one batch of issues. */
    List<RecurrenceIssue> recurrencesOf(long postmortemId);

    /** Every postmortem that has at least one recurrence, in one read of the link type's links. */
    Set<Long> recurredPostmortems();
}
