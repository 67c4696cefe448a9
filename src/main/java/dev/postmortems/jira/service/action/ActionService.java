package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.PersonChecks;
import dev.postmortems.jira.domain.RequestReference;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.domain.action.ActionDescription;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionLabels;
import dev.postmortems.jira.domain.action.ActionProblem;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.TicketRefusedException;
import dev.postmortems.jira.service.TicketWriter;
import dev.postmortems.jira.service.LinkRole;
import dev.postmortems.jira.service.NewTicket;
import dev.postmortems.jira.service.whys.WhysStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The actions of a postmortem as real Jira tickets, created through {@link RetrySafeCreation}: a retry with the same
 * reference finds what exists and finishes the job instead of creating a second ticket.
 */
public final class ActionService {
    /** As many as a meeting decides at once, bounded so one request cannot hold the postmortem's lock for long. */
    static final int MAX_PER_REQUEST = 50;

    private final PostmortemPermissions permissions;
    private final ActionStore store;
    private final ActionTickets tickets;
    private final Projects projects;
    private final PersonChecks personChecks;
    private final TicketReader ticketReader;
    private final TicketWriter writer;
    private final ActionSettings settings;
    private final WhysStore whys;
    private final EditLock editLock;
    private final FollowUpToday today;
    private final ActionChanges changes;
    private final RetrySafeCreation<ActionRecord> creation;

    public ActionService(PostmortemPermissions permissions, ActionStore store, ActionTickets tickets, Projects projects, TicketReader ticketReader, TicketWriter writer,
                         ActionSettings settings,
                         WhysStore whys, EditLock editLock, FollowUpToday today, ActionChanges changes) {
        this.permissions = permissions;
        this.store = store;
        this.tickets = tickets;
        this.projects = projects;
        this.personChecks = new PersonChecks(projects);
        this.ticketReader = ticketReader;
        this.writer = writer;
        this.settings = settings;
        this.whys = whys;
        this.editLock = editLock;
        this.today = today;
        this.changes = changes;
        this.creation = new RetrySafeCreation<>(store);
    }

    /** What the form that adds actions offers the reader of this postmortem. */
    public ActionForm form(PostmortemIssue postmortem) {
        TargetProject home = home(postmortem);
        return new ActionForm(home, postmortem.editable() ? tickets.priorities() : List.of(), projects.canAdminister(home));
    }

    /** Creates each action's ticket; each one succeeds or fails whole. */
    public List<ActionOutcome> add(String postmortemKey, List<ActionInput> inputs) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_PER_REQUEST) {
            throw new InvalidInputException(List.of(new FieldError("actions", "postmortems.action.error.count",
                    List.of(MAX_PER_REQUEST))));
        }
        TargetProject home = home(postmortem);
        ActionDefaults defaults = settings.defaultsFor(home.key());
        Set<Long> chains = chainIds(postmortem);
        List<ActionOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            outcomes.add(addOne(postmortem, home, defaults, chains, i, inputs.get(i)));
        }
        return outcomes;
    }

    private ActionOutcome addOne(PostmortemIssue postmortem, TargetProject home, ActionDefaults defaults, Set<Long> chains,
                                 int index, ActionInput input) {
        String requestId = RequestReference.orNew(input == null ? null : input.requestId());
        if (input == null) {
            return refused(index, requestId, List.of(new FieldError("summary", "postmortems.action.problem.summary-missing")));
        }
        LocalDate today = this.today.date();
        List<FieldError> errors = new ArrayList<>(input.problems(today).stream().map(ActionService::error).toList());
        if (input.chainId() != null && !chains.contains(input.chainId())) {
            errors.add(new FieldError("chainId", "postmortems.action.error.chain-unknown"));
        }
        if (input.followsUp() != null && store.find(input.followsUp()).filter(action -> action.issueId() == postmortem.id()).isEmpty()) {
            errors.add(new FieldError("followsUp", "postmortems.action.error.follows-up-unknown"));
        }
        Optional<TargetProject> target = target(input, defaults, home);
        if (target.isEmpty()) {
            errors.add(new FieldError("project", "postmortems.action.error.project-unknown", List.of(input.projectKey())));
        } else if (!projects.canCreateIn(target.get())) {
            errors.add(new FieldError("project", "postmortems.action.error.cannot-create", List.of(target.get().key())));
        } else if (input.assignee() != null && !input.assignee().isBlank()) {
            personChecks.toOwn("assignee", input.assignee(), target.get()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            return refused(index, requestId, errors);
        }
        Optional<LocalDate> due = input.parsedDueDate().or(() -> defaults.dueInDays()
                .map(today::plusDays));
        NewTicket ticket = new NewTicket(NewTicket.Type.ACTION, target.get(), defaults.issueTypeName(), input.summary().strip(),
                ActionDescription.of(input.description(), postmortem.key(), requestId), input.assignee().strip(), due,
                Optional.ofNullable(input.priorityId()).filter(id -> !id.isBlank()).or(defaults::priorityId),
                ActionLabels.forAction(input.validKind()));
        return editLock.whileEditing(postmortem.id(), () -> create(postmortem, index, requestId, input, ticket));
    }

    private ActionOutcome create(PostmortemIssue postmortem, int index, String requestId, ActionInput input, NewTicket ticket) {
        try {
            return creation.create(requestId, postmortem.id(), new RetrySafeCreation.Steps<ActionRecord, ActionOutcome>() {
                @Override
                public ActionRecord record() {
                    return store.createPending(postmortem.id(), requestId, input.validKind(), Optional.ofNullable(input.chainId()),
                            Optional.ofNullable(input.followsUp()), input.validSuccessCheck(), placement(postmortem));
                }

                @Override
                public long create() {
                    return writer.create(ticket);
                }

                @Override
                public void finish(long ticketId) {
                    writer.link(postmortem.id(), ticketId, LinkRole.ACTION);
                    writer.addLabels(ticketId, ticket.labels());
                }

                @Override
                public ActionOutcome done(ActionRecord action, long ticketId, boolean createdNow) {
                    if (action.followsUp().isPresent()) {
                        changes.changed(postmortem); // the action it follows up no longer waits for a follow-up
                    }
                    return new ActionOutcome(index, requestId, Optional.of(action), List.of());
                }
            });
        } catch (RetrySafeCreation.ReferenceUsedException used) {
            return refused(index, requestId, List.of(new FieldError("requestId", "postmortems.action.error.request-used")));
        } catch (TicketRefusedException refusal) {
            return refused(index, requestId, refusal.reasons().stream()
                    .map(reason -> new FieldError("", "postmortems.action.error.jira", List.of(reason))).toList());
        }
    }

    /** Makes an existing ticket an action of the postmortem: linked and labelled; it must have an assignee. */
    public ActionRecord attach(String postmortemKey, AttachInput input) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        List<FieldError> errors = new ArrayList<>();
        Optional<ActionKind> kind = ActionKind.fromKey(input == null ? null : input.kind());
        if (kind.isEmpty()) {
            errors.add(new FieldError("kind", "postmortems.action.problem.kind-unknown"));
        }
        Optional<Ticket> ticket = input == null || input.ticketKey() == null || input.ticketKey().isBlank()
                ? Optional.empty() : ticketReader.byKey(input.ticketKey().strip()).filter(Ticket::visible);
        if (ticket.isEmpty()) {
            errors.add(new FieldError("ticketKey", "postmortems.action.error.ticket-not-found",
                    List.of(input == null || input.ticketKey() == null ? "" : input.ticketKey())));
        } else if (ticket.get().id() == postmortem.id() || tickets.isPostmortem(ticket.get().id())) {
            errors.add(new FieldError("ticketKey", "postmortems.action.error.ticket-is-postmortem"));
        } else if (!tickets.canEdit(ticket.get().id())) {
            // Attaching labels and links the ticket: Jira's Edit Issues permission on it, as for any edit.
            errors.add(new FieldError("ticketKey", "postmortems.action.error.ticket-not-editable", List.of(ticket.get().key())));
        } else if (ticket.get().assignee().isEmpty()) {
            errors.add(new FieldError("ticketKey", "postmortems.action.error.ticket-unassigned", List.of(ticket.get().key())));
        }
        if (input != null && input.chainId() != null && !chainIds(postmortem).contains(input.chainId())) {
            errors.add(new FieldError("chainId", "postmortems.action.error.chain-unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long ticketId = ticket.orElseThrow().id();
        return editLock.whileEditing(postmortem.id(), () -> {
            ActionRecord record = store.actionsOf(postmortem.id()).stream()
                    .filter(action -> action.ticketId().equals(Optional.of(ticketId))).findFirst()
                    .orElseGet(() -> store.recordTicket(store.createPending(postmortem.id(), UUID.randomUUID().toString(),
                            kind.orElseThrow(), Optional.ofNullable(input.chainId()), placement(postmortem)).id(), ticketId));
            writer.link(postmortem.id(), ticketId, LinkRole.ACTION);
            writer.addLabels(ticketId, ActionLabels.forAction(record.kind()));
            return record;
        });
    }

    /** The postmortem's project and this moment: where and when the team decided the action. */
    private ActionStore.Placement placement(PostmortemIssue postmortem) {
        return new ActionStore.Placement(projects.projectOf(postmortem.id()).map(TargetProject::id), today.now());
    }

    /** Takes the action off the postmortem: the link goes, the ticket stays. */
    public void remove(String postmortemKey, long actionId) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        editLock.whileEditing(postmortem.id(), () -> {
            ActionRecord action = store.find(actionId)
                    .orElseThrow(() -> new PostmortemNotFoundException("postmortems.action.error.action-not-found"));
            if (action.issueId() != postmortem.id()) {
                throw new InvalidInputException(List.of(new FieldError("id", "postmortems.action.error.action-of-other-issue",
                        List.of(actionId, postmortem.key()))));
            }
            action.ticketId().ifPresent(ticketId -> writer.unlink(postmortem.id(), ticketId, LinkRole.ACTION));
            store.delete(actionId);
            changes.changed(postmortem); // it may have been a follow-up, or judged at a review
            return null;
        });
    }

    /** Says how the team will know the action worked ("How will we know it worked?"), or clears it with blank. */
    public ActionRecord describeSuccessCheck(String postmortemKey, long actionId, String successCheck) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        String text = successCheck == null ? "" : successCheck.strip();
        if (text.length() > ActionProblem.MAX_SUCCESS_CHECK_LENGTH) {
            throw new InvalidInputException(List.of(error(ActionProblem.SUCCESS_CHECK_TOO_LONG)));
        }
        return editLock.whileEditing(postmortem.id(), () -> {
            ActionRecord action = store.find(actionId).filter(found -> found.issueId() == postmortem.id())
                    .orElseThrow(() -> new InvalidInputException(List.of(new FieldError("id",
                            "postmortems.action.error.action-of-other-issue", List.of(actionId, postmortem.key())))));
            store.describeSuccessCheck(action.id(), text);
            return store.find(actionId).orElseThrow();
        });
    }

    /**
     * Jira created an issue. If it is the ticket of a pending action (its description carries the action's
     * reference), note it now: should the app be interrupted before it does so itself, a retry then finds it.
     */
    public void ticketCreated(long ticketId, String description) {
        ActionDescription.referenceIn(description).flatMap(store::findByRequest)
                .filter(action -> action.ticketId().isEmpty())
                .ifPresent(action -> store.recordTicket(action.id(), ticketId));
    }

    /** The postmortem issue is gone from Jira: its action records go too (the tickets stay). */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    private Optional<TargetProject> target(ActionInput input, ActionDefaults defaults, TargetProject home) {
        if (input.projectKey() != null && !input.projectKey().isBlank()) {
            return projects.project(input.projectKey().strip());
        }
        return Optional.of(defaults.targetProject().flatMap(projects::project).orElse(home));
    }

    private TargetProject home(PostmortemIssue postmortem) {
        return projects.projectOf(postmortem.id())
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.error.postmortem-not-found"));
    }

    private Set<Long> chainIds(PostmortemIssue postmortem) {
        return whys.chainsOf(postmortem.id()).stream().map(WhyChain::id).collect(Collectors.toSet());
    }

    private static ActionOutcome refused(int index, String requestId, List<FieldError> errors) {
        return new ActionOutcome(index, requestId, Optional.empty(), List.copyOf(errors));
    }

    private static FieldError error(ActionProblem problem) {
        List<Object> arguments = switch (problem) {
            case SUMMARY_TOO_LONG -> List.of(ActionProblem.MAX_SUMMARY_LENGTH);
            case DESCRIPTION_TOO_LONG -> List.of(ActionProblem.MAX_DESCRIPTION_LENGTH);
            case SUCCESS_CHECK_TOO_LONG -> List.of(ActionProblem.MAX_SUCCESS_CHECK_LENGTH);
            case DUE_DATE_OUT_OF_RANGE -> List.of(ActionProblem.MAX_YEARS_AWAY);
            default -> List.of();
        };
        return new FieldError(problem.field(), "postmortems.action.problem." + problem.code(), arguments);
    }
}
