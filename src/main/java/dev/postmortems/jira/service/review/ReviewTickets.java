package dev.postmortems.jira.service.review;

import dev.postmortems.jira.service.TargetProject;

import java.time.LocalDate;
import java.util.Optional;

/** Port: Postmortem Review tickets in Jira, created and changed as the current user. */
public interface ReviewTickets {
    /** Creates the Postmortem Review issue; Jira's refusal comes as a TicketRefusedException. Returns its id. */
    long create(TargetProject project, String summary, String description, String owner, LocalDate due);

    /** Links the postmortem to the review with the Postmortem Review link type and labels it; again changes nothing. */
    void linkAndLabel(long postmortemId, long reviewId);

    /** Changes the review's owner and due date through Jira's issue service; a refusal is a TicketRefusedException. */
    void reschedule(long reviewId, String owner, LocalDate due);

    /** The username of the issue's assignee, if it has one. */
    Optional<String> assigneeOf(long issueId);

}
