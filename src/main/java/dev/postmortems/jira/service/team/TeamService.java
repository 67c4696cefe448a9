package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.PersonChecks;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;
import dev.postmortems.jira.service.TicketWriter;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A postmortem's team: the incidents it analyses, its facilitator, and the participants who watch it. */
public final class TeamService {
    private final PostmortemPermissions permissions;
    private final TeamTickets tickets;
    private final TicketWriter writer;
    private final Projects projects;
    private final PersonChecks personChecks;
    private final EditLock editLock;

    public TeamService(PostmortemPermissions permissions, TeamTickets tickets, TicketWriter writer, Projects projects, EditLock editLock) {
        this.permissions = permissions;
        this.tickets = tickets;
        this.writer = writer;
        this.projects = projects;
        this.personChecks = new PersonChecks(projects);
        this.editLock = editLock;
    }

    public PostmortemTeam team(String postmortemKey) {
        return view(permissions.toRead(postmortemKey));
    }

    /**
     * Makes the participants exactly these people. {@code expected} is the list the editor started from: if someone
     * changed the team since, nothing is changed and the current team comes back (409).
     */
    public PostmortemTeam updateParticipants(String postmortemKey, List<String> participants, List<String> expected) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        if (!tickets.canManageWatchers(postmortem.id())) {
            // The participants are the postmortem's watchers: Jira lets only those with Manage Watchers change them.
            throw ChangeNotAllowedException.participants();
        }
        // Both lists are required: a missing list is a mistake, never "nobody" (which would remove everyone) nor
        // "whatever the team is now" (which would overwrite a change the editor has not seen).
        List<FieldError> missing = new ArrayList<>();
        if (participants == null) {
            missing.add(new FieldError("participants", "postmortems.team.error.participants-missing"));
        }
        if (expected == null) {
            missing.add(new FieldError("expected", "postmortems.team.error.expected-missing"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String participant : participants) {
            if (participant != null && !participant.isBlank()) {
                wanted.add(participant.strip());
            }
        }
        TargetProject project = projects.projectOf(postmortem.id())
                .orElseThrow(() -> new IllegalStateException("A readable postmortem has a project"));
        List<FieldError> errors = new ArrayList<>();
        for (String participant : wanted) {
            personChecks.toTakePart("participants", participant, project).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return editLock.whileEditing(postmortem.id(), () -> {
            Set<String> current = new HashSet<>(tickets.watchers(postmortem.id()).stream().map(Person::username).toList());
            if (!current.equals(new HashSet<>(expected))) {
                if (current.equals(wanted)) {
                    return view(postmortem); // a repeat of the change that made the team so: nothing to do
                }
                throw new StaleEditException(view(postmortem));
            }
            for (String participant : wanted) {
                if (!current.contains(participant)) {
                    writer.watch(postmortem.id(), participant);
                }
            }
            for (String participant : current) {
                if (!wanted.contains(participant)) {
                    writer.unwatch(postmortem.id(), participant);
                }
            }
            return view(postmortem);
        });
    }

    private PostmortemTeam view(PostmortemIssue postmortem) {
        boolean visible = tickets.canViewWatchers(postmortem.id());
        // Changing the participants starts from the current list, so it needs seeing them as well as managing them.
        return new PostmortemTeam(postmortem, postmortem.editable() && visible && tickets.canManageWatchers(postmortem.id()),
                tickets.incidentsOf(postmortem.id()), tickets.assignee(postmortem.id()), visible,
                visible ? tickets.watchers(postmortem.id()) : List.of());
    }
}
