package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: what the Actions feature reads of Jira for the current user (it writes through TicketWriter). */
public interface ActionTickets {
    /** Jira's own spelling of the standard (not sub-task) issue type with this name, whatever its letter case. */
    Optional<String> issueTypeNamed(String name);

    /** The names of Jira's standard (not sub-task) issue types, in Jira's order: what an action ticket may be. */
    List<String> standardIssueTypes();

    /** The standard issue types an incident may be: every one but the app's own (Postmortem, Postmortem Review). */
    List<String> incidentIssueTypes();

    /** Whether the current user may edit the ticket: attaching it as an action links and labels it. */
    boolean canEdit(long ticketId);

    /** Whether the ticket is itself a Postmortem, which is never another postmortem's action. */
    boolean isPostmortem(long ticketId);

    /** Jira's priorities: id and name, in Jira's order. */
    List<Map.Entry<String, String>> priorities();
}
