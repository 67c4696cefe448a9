package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: action tickets in Jira, for the current user. */
public interface ActionTickets {
    /** Jira's own spelling of the standard (not sub-task) issue type with this name, whatever its letter case. */
    Optional<String> issueTypeNamed(String name);

    /** Whether the current user may edit the ticket: attaching it as an action links and labels it. */
    boolean canEdit(long ticketId);

    /** Whether the ticket is itself a Postmortem, which is never another postmortem's action. */
    boolean isPostmortem(long ticketId);

    /** Creates the ticket; Jira's refusal comes as a TicketRefusedException. Returns its issue id. */
    long create(NewTicket ticket);

    /** Links the postmortem to the ticket with the Postmortem Action link type ("has action"); again changes nothing. */
    void link(long postmortemId, long ticketId);

    void unlink(long postmortemId, long ticketId);

    void addLabels(long ticketId, List<String> labels);

    /** Jira's priorities: id and name, in Jira's order. */
    List<Map.Entry<String, String>> priorities();
}
