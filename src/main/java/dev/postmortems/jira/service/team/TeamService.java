package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;
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
    private final EditLock editLock;
    private final Links links;

    public TeamService(PostmortemPermissions permissions, TeamTickets tickets, EditLock editLock, Links links) {
        this.permissions = permissions;
        this.tickets = tickets;
        this.editLock = editLock;
        this.links = links;
    }

    public TeamView team(String postmortemKey) {
        return view(permissions.toRead(postmortemKey));
    }

    /**
     * Makes the participants exactly these people. {@code expected} is the list the editor started from: if someone
     * changed the team since, nothing is changed and the current team comes back (409).
     */
    public TeamView updateParticipants(String postmortemKey, List<String> participants, List<String> expected) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        Set<String> wanted = new LinkedHashSet<>();
        for (String participant : participants == null ? List.<String>of() : participants) {
            if (participant != null && !participant.isBlank()) {
                wanted.add(participant.strip());
            }
        }
        TargetProject project = tickets.projectOf(postmortem.id())
                .orElseThrow(() -> new IllegalStateException("A readable postmortem has a project"));
        List<FieldError> errors = new ArrayList<>();
        for (String participant : wanted) {
            if (tickets.person(participant).isEmpty()) {
                errors.add(new FieldError("participants", "postmortems.team.error.person-unknown", List.of(participant)));
            } else if (!tickets.canBrowse(participant, project)) {
                errors.add(new FieldError("participants", "postmortems.team.error.cannot-see", List.of(participant, project.key())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return editLock.whileEditing(postmortem.id(), () -> {
            Set<String> current = new HashSet<>(tickets.watchers(postmortem.id()).stream().map(Person::username).toList());
            if (expected != null && !current.equals(new HashSet<>(expected))) {
                throw new StaleEditException(view(postmortem));
            }
            for (String participant : wanted) {
                if (!current.contains(participant)) {
                    tickets.watch(postmortem.id(), participant);
                }
            }
            for (String participant : current) {
                if (!wanted.contains(participant)) {
                    tickets.unwatch(postmortem.id(), participant);
                }
            }
            return view(postmortem);
        });
    }

    private TeamView view(PostmortemIssue postmortem) {
        return new TeamView(postmortem.key(), postmortem.editable(),
                // Like Jira's own links section, nothing of an issue the reader may not see: not even its key.
                tickets.incidentsOf(postmortem.id()).stream().map(issue -> issue.restricted()
                        ? new IssueLinkView("", "", "", true)
                        : new IssueLinkView(issue.key(), links.issue(issue.key()), issue.summary(), false)).toList(),
                tickets.assignee(postmortem.id()).map(Person::displayName).orElse(""),
                tickets.watchers(postmortem.id()));
    }
}
