package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.TargetProject;

import java.util.List;
import java.util.Optional;

/** Port: incidents, Postmortem issues and their watchers as the current user may see them (writes go through TicketWriter). */
public interface TeamTickets {
    /** Empty when the issue does not exist or the current user may not browse it. */
    Optional<Incident> incident(String issueKey);

    /** The projects where the current user may create issues and whose scheme offers the Postmortem issue type. */
    List<TargetProject> startableProjects();

    /** Whether there is at least one such project: asked on every issue view, so it stops at the first. */
    boolean mayStartAnywhere();

    /** Whether the project's issue type scheme offers the Postmortem issue type. */
    boolean offersPostmortems(TargetProject project);


    /** The postmortems of an incident that the current user may see. */
    List<LinkedIssue> postmortemsOf(long incidentId);

    /** The incidents a postmortem analyses. */
    List<LinkedIssue> incidentsOf(long postmortemId);

    List<Person> watchers(long issueId);

    /** Jira's View Voters and Watchers permission for the current user on the issue: who may see its watchers. */
    boolean canViewWatchers(long issueId);

    /** Jira's Manage Watchers permission for the current user on the issue: who may add and remove its watchers. */
    boolean canManageWatchers(long issueId);

    Optional<Person> assignee(long issueId);

    String key(long issueId);
}
