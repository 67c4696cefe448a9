package dev.postmortems.jira.service.team;

import dev.postmortems.jira.service.PersonChecks;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.domain.RequestReference;
import dev.postmortems.jira.domain.team.StartInput;
import dev.postmortems.jira.domain.team.StartProblem;
import dev.postmortems.jira.domain.team.StartReference;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.TicketRefusedException;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.TicketWriter;
import dev.postmortems.jira.service.LinkRole;
import dev.postmortems.jira.service.NewTicket;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.timeline.TimelineStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a postmortem from an incident: a Postmortem issue assigned to the facilitator, linked to the incident
 * ("is postmortem of"), watched by the participants. The request is recorded before Jira is asked, so a retry
 * finds the postmortem it created instead of starting a second one.
 */
public final class StartService {
    static final String INCIDENT_NOT_FOUND = "postmortems.team.error.incident-not-found";

    private final TeamTickets tickets;
    private final TicketWriter writer;
    private final Projects projects;
    private final PersonChecks personChecks;
    private final StartStore store;
    private final TimelineStore timeline;
    private final EditLock editLock;
    private final Messages messages;
    private final Links links;
    private final WhoIsAsking whoIsAsking;
    private final PostmortemDueDates dueDates;
    private final TicketReader ticketReader;
    private final RetrySafeCreation<StartRequest> creation;
    private final IncidentNeeds needs;

    public StartService(TeamTickets tickets, TicketWriter writer, Projects projects, StartStore store, TimelineStore timeline, EditLock editLock, Messages messages,
                        Links links, WhoIsAsking whoIsAsking, PostmortemDueDates dueDates, TicketReader ticketReader,
                        IncidentNeeds needs) {
        this.tickets = tickets;
        this.writer = writer;
        this.projects = projects;
        this.personChecks = new PersonChecks(projects);
        this.store = store;
        this.timeline = timeline;
        this.editLock = editLock;
        this.messages = messages;
        this.links = links;
        this.whoIsAsking = whoIsAsking;
        this.dueDates = dueDates;
        this.ticketReader = ticketReader;
        this.creation = new RetrySafeCreation<>(store);
        this.needs = needs;
    }

    /** What the dialog proposes: the incident's project, a summary, the user as facilitator, the people involved. */
    public StartChoices form(String incidentKey) {
        Incident incident = visibleIncident(incidentKey);
        List<TargetProject> startable = tickets.startableProjects();
        TargetProject project = startable.stream().filter(candidate -> candidate.id() == incident.project().id()).findFirst()
                .orElse(startable.isEmpty() ? incident.project() : startable.get(0));
        Set<String> proposed = new LinkedHashSet<>();
        incident.assignee().ifPresent(proposed::add);
        incident.reporter().ifPresent(proposed::add);
        proposed.addAll(incident.watchers());
        List<Person> participants = proposed.stream().filter(username -> projects.canBrowse(username, project))
                .flatMap(username -> projects.person(username).stream()).toList();
        return new StartChoices(incident, project, startable, whoIsAsking.username().flatMap(projects::person), participants,
                existing(incident), dueDates.dueFor(incident, project));
    }

    public Started start(StartInput input) {
        List<FieldError> errors = new ArrayList<>(input.problems().stream()
                .map(problem -> new FieldError(problem.field(), "postmortems.team.problem." + problem.code(), arguments(problem)))
                .toList());
        if (input.incidentKey() == null || input.incidentKey().isBlank()) {
            throw new InvalidInputException(errors);
        }
        Incident incident = visibleIncident(input.incidentKey());
        if (incident.postmortem()) {
            errors.add(new FieldError("incidentKey", "postmortems.team.error.incident-is-postmortem", List.of(incident.key())));
        }
        Optional<TargetProject> project = input.projectKey() == null || input.projectKey().isBlank()
                ? Optional.of(incident.project()) : projects.project(input.projectKey());
        if (project.isEmpty()) {
            errors.add(new FieldError("projectKey", "postmortems.team.error.project-unknown", List.of(input.projectKey())));
        } else {
            checkProject(project.get(), input, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String requestId = RequestReference.orNew(input.requestId());
        return editLock.whileEditing(incident.id(), () -> startOnce(input, incident, project.get(), requestId));
    }

    private Started startOnce(StartInput input, Incident incident, TargetProject project, String requestId) {
        try {
            return creation.create(requestId, incident.id(), new RetrySafeCreation.Steps<StartRequest, Started>() {
                @Override
                public Optional<Started> instead(boolean pending) {
                    if (!pending && !input.another() && !tickets.postmortemsOf(incident.id()).isEmpty()) {
                        throw new AlreadyStartedException(existing(incident));
                    }
                    return Optional.empty();
                }

                @Override
                public StartRequest record() {
                    store.createPending(requestId, incident.id(), dueDates.dueFor(incident, project));
                    return new StartRequest(requestId, incident.id(), Optional.empty());
                }

                @Override
                public long create() {
                    return writer.create(new NewTicket(NewTicket.Type.POSTMORTEM, project, "", input.summary().strip(),
                            StartReference.description(incident.key(), requestId), input.facilitator().strip(),
                            Optional.of(dueDates.dueFor(incident, project)), Optional.empty(), List.of()));
                }

                @Override
                public void finish(long postmortem) {
                    StartService.this.finish(postmortem, input, incident);
                }

                @Override
                public Started done(StartRequest request, long postmortem, boolean createdNow) {
                    return started(postmortem, createdNow);
                }
            });
        } catch (RetrySafeCreation.ReferenceUsedException used) {
            // A reference belongs to one dialog, for one incident: never hand out or change another incident's postmortem.
            throw new InvalidInputException(List.of(new FieldError("requestId", "postmortems.team.problem.request-id-used")));
        } catch (TicketRefusedException refusal) {
            throw new InvalidInputException(refusal.reasons().stream()
                    .map(reason -> new FieldError("", "postmortems.action.error.jira", List.of(reason))).toList());
        }
    }

    /** Linking, watching and seeding again change nothing, so a retry simply finishes what an interruption left. */
    private void finish(long postmortem, StartInput input, Incident incident) {
        writer.link(postmortem, incident.id(), LinkRole.POSTMORTEM);
        needs.postmortemStarted(incident.id());
        for (String participant : input.team()) {
            writer.watch(postmortem, participant);
        }
        if (input.seedTimeline() && timeline.entriesOf(postmortem).isEmpty()) {
            timeline.add(postmortem, List.of(new TimelineEntryDraft(incident.created(),
                    messages.text("postmortems.team.seed.detected", incident.key(), incident.summary()),
                    Optional.of(TimelineTag.DETECTED))));
        }
    }

    /** The issue is gone from Jira: its start requests go too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    /**
     * Jira says the issue is resolved: the postmortems started from it while it was open are due from its resolution
     * now, unless someone changed their due date by hand. Changed as the person who resolved the incident, through
     * Jira's issue service; a postmortem they may not edit keeps its date. Returns how many moved.
     */
    public int incidentResolved(long incidentId) {
        List<StartedPostmortem> started = store.startedFrom(incidentId);
        if (started.stream().noneMatch(StartedPostmortem::dueAsPlanned)) {
            return 0;
        }
        Optional<Incident> incident = tickets.incident(tickets.key(incidentId)).filter(found -> found.resolved().isPresent());
        int moved = 0;
        for (StartedPostmortem postmortem : started) {
            Optional<TargetProject> project = projects.projectOf(postmortem.postmortemId());
            if (incident.isEmpty() || project.isEmpty() || !postmortem.dueAsPlanned()) {
                continue;
            }
            LocalDate due = dueDates.dueFor(incident.get(), project.get());
            if (postmortem.plannedDue().equals(Optional.of(due))) {
                continue;
            }
            try {
                writer.reschedule(postmortem.postmortemId(), ticketReader.assigneeUsername(postmortem.postmortemId()).orElse(null), due);
                store.replan(postmortem.postmortemId(), due);
                moved++;
            } catch (TicketRefusedException refused) {
                // Not theirs to edit: the postmortem keeps its date, which its team can still move by hand.
            }
        }
        return moved;
    }

    /** Jira created an issue: if it is the postmortem of a pending start request, note it at once. */
    public void postmortemCreated(long issueId, String description) {
        StartReference.in(description)
                .filter(reference -> store.findByRequest(reference).map(request -> request.postmortemId().isEmpty()).orElse(false))
                .ifPresent(reference -> store.recordPostmortem(reference, issueId));
    }

    private void checkProject(TargetProject project, StartInput input, List<FieldError> errors) {
        if (!projects.canCreateIn(project)) {
            errors.add(new FieldError("projectKey", "postmortems.action.error.cannot-create", List.of(project.key())));
        } else if (!tickets.offersPostmortems(project)) {
            errors.add(new FieldError("projectKey", "postmortems.team.error.not-offered", List.of(project.key())));
        }
        if (input.facilitator() != null && !input.facilitator().isBlank()) {
            personChecks.toOwn("facilitator", input.facilitator(), project).ifPresent(errors::add);
        }
        for (String participant : input.team()) {
            personChecks.toTakePart("participants", participant, project).ifPresent(errors::add);
        }
    }

    private Incident visibleIncident(String incidentKey) {
        return tickets.incident(incidentKey).orElseThrow(() -> new PostmortemNotFoundException(INCIDENT_NOT_FOUND));
    }

    private List<LinkedIssue> existing(Incident incident) {
        return tickets.postmortemsOf(incident.id());
    }

    private Started started(long postmortem, boolean created) {
        String key = tickets.key(postmortem);
        return new Started(key, links.issue(key), created);
    }

    private static List<Object> arguments(StartProblem problem) {
        return switch (problem) {
            case SUMMARY_TOO_LONG -> List.of(StartProblem.MAX_SUMMARY_LENGTH);
            case TOO_MANY_PARTICIPANTS -> List.of(StartProblem.MAX_PARTICIPANTS);
            default -> List.of();
        };
    }
}
