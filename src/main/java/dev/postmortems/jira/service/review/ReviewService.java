package dev.postmortems.jira.service.review;

import dev.postmortems.jira.service.PersonChecks;
import dev.postmortems.jira.domain.RequestReference;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.review.ReviewDescription;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.review.ReviewInterval;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WikiMarkup;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.RetrySafeCreation;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.TicketRefusedException;
import dev.postmortems.jira.service.TicketWriter;
import dev.postmortems.jira.service.LinkRole;
import dev.postmortems.jira.service.NewTicket;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.team.TeamTickets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up review of a postmortem: one Postmortem Review ticket, due after the chosen interval, watched by the
 * postmortem's participants. A postmortem has at most one open review; scheduling again reschedules it. Created through {@link RetrySafeCreation}, so a
 * retry finds the review it created instead of creating a second.
 */
public final class ReviewService {
    private final PostmortemPermissions permissions;
    private final ReviewStore store;
    private final TicketWriter writer;
    private final ActionStore actions;
    private final Projects projects;
    private final PersonChecks personChecks;
    private final TicketReader ticketReader;
    private final EditLock editLock;
    private final Messages messages;
    private final FollowUpToday followUpToday;
    private final TeamTickets team;
    private final RetrySafeCreation<ReviewRecord> creation;

    public ReviewService(PostmortemPermissions permissions, ReviewStore store, TicketWriter writer, ActionStore actions,
                         Projects projects, TicketReader ticketReader, EditLock editLock, Messages messages,
                         FollowUpToday followUpToday, TeamTickets team) {
        this.permissions = permissions;
        this.store = store;
        this.writer = writer;
        this.actions = actions;
        this.projects = projects;
        this.personChecks = new PersonChecks(projects);
        this.ticketReader = ticketReader;
        this.editLock = editLock;
        this.messages = messages;
        this.followUpToday = followUpToday;
        this.team = team;
        this.creation = new RetrySafeCreation<>(store);
    }

    /** Who runs a new review by default: the postmortem's assignee (a username, or {@code ""}). */
    public String defaultOwner(PostmortemIssue postmortem) {
        return ticketReader.assigneeUsername(postmortem.id()).orElse("");
    }

    public Scheduled schedule(String postmortemKey, ReviewInput input) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>(input.problems(today).stream()
                .map(problem -> new FieldError(problem.field(), "postmortems.review.problem." + problem.code())).toList());
        TargetProject project = projects.projectOf(postmortem.id())
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.error.postmortem-not-found"));
        if (input.owner() != null && !input.owner().isBlank()) {
            personChecks.toOwn("owner", input.owner(), project).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String requestId = RequestReference.orNew(input.requestId());
        LocalDate due = input.due(today);
        String owner = input.owner().strip();
        return editLock.whileEditing(postmortem.id(), () -> scheduleOnce(postmortem, project, requestId, owner, due));
    }

    private Scheduled scheduleOnce(PostmortemIssue postmortem, TargetProject project, String requestId, String owner, LocalDate due) {
        try {
            return creation.create(requestId, postmortem.id(), new RetrySafeCreation.Steps<ReviewRecord, Scheduled>() {
                @Override
                public Optional<Scheduled> instead(boolean pending) {
                    // A postmortem has one open review: scheduling again moves it rather than making a second.
                    Optional<Long> open = openReview(postmortem.id());
                    open.ifPresent(review -> writer.reschedule(review, owner, due));
                    return open.map(review -> new Scheduled(false));
                }

                @Override
                public ReviewRecord record() {
                    return store.createPending(postmortem.id(), requestId);
                }

                @Override
                public long create() {
                    return writer.create(new NewTicket(NewTicket.Type.REVIEW, project, "",
                            messages.text("postmortems.review.ticket.summary", summaryOf(postmortem)),
                            ReviewDescription.of(description(postmortem), postmortem.key(), requestId), owner, Optional.of(due),
                            Optional.empty(), List.of(ReviewDescription.LABEL)));
                }

                @Override
                public void finish(long ticketId) {
                    writer.link(postmortem.id(), ticketId, LinkRole.REVIEW);
                    writer.addLabels(ticketId, List.of(ReviewDescription.LABEL));
                    // The team comes back together: the participants (the postmortem's watchers) get the review's news.
                    team.watchers(postmortem.id()).forEach(participant -> writer.watch(ticketId, participant.username()));
                }

                @Override
                public Scheduled done(ReviewRecord review, long ticketId, boolean createdNow) {
                    return new Scheduled(createdNow);
                }
            });
        } catch (RetrySafeCreation.ReferenceUsedException used) {
            throw new InvalidInputException(List.of(new FieldError("requestId", "postmortems.review.problem.request-id-used")));
        } catch (TicketRefusedException refusal) {
            throw refused(refusal);
        }
    }

    /** Jira created an issue: if it is the review of a pending request, note it at once. */
    public void ticketCreated(long issueId, String description) {
        ReviewDescription.referenceIn(description).flatMap(store::findByRequest)
                .filter(record -> record.ticketId().isEmpty())
                .ifPresent(record -> store.recordTicket(record.id(), issueId));
    }

    /** The postmortem was deleted: its review records go (the tickets stay in Jira). */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }

    /** The newest review whose ticket still exists and is unresolved. */
    private Optional<Long> openReview(long postmortemId) {
        List<Long> ids = ticketIds(store.reviewsOf(postmortemId));
        Map<Long, Ticket> states = ticketReader.tickets(ids);
        return ids.stream().sorted(Comparator.reverseOrder()).filter(id -> states.containsKey(id) && !states.get(id).resolved())
                .findFirst();
    }

    /** The actions as they stand when the review is scheduled, for the review ticket's description. */
    private String description(PostmortemIssue postmortem) {
        List<ActionRecord> records = actions.actionsOf(postmortem.id());
        Map<Long, Ticket> states = ticketReader.tickets(records.stream().flatMap(action -> action.ticketId().stream()).toList());
        StringBuilder text = new StringBuilder(messages.text("postmortems.review.ticket.intro", postmortem.key(), today().toString()));
        text.append('\n');
        if (records.isEmpty()) {
            text.append(messages.text("postmortems.review.ticket.no-actions")).append('\n');
        }
        for (ActionRecord action : records) {
            Ticket state = action.ticketId().map(states::get).orElse(null);
            if (state == null) {
                continue; // not created, or deleted since: nothing to review
            }
            // Jira renders the description as wiki markup: what people typed (summaries, names, statuses) stays text.
            text.append("* ").append(state.key()).append(" — ")
                    .append(WikiMarkup.text(state.visible() ? state.summary() : messages.text("postmortems.review.ticket.restricted")))
                    .append(" (").append(WikiMarkup.text(messages.text("postmortems.action.kind." + action.kind().key()))).append(") — ")
                    .append(WikiMarkup.text(state.assignee().orElse(messages.text("postmortems.review.ticket.no-owner")))).append(" — ")
                    .append(state.dueDate().map(LocalDate::toString).orElse(WikiMarkup.text(messages.text("postmortems.review.ticket.no-due"))))
                    .append(" — ").append(WikiMarkup.text(state.status())).append('\n');
        }
        return text.toString();
    }

    private String summaryOf(PostmortemIssue postmortem) {
        return Optional.ofNullable(ticketReader.tickets(List.of(postmortem.id())).get(postmortem.id())).map(Ticket::summary)
                .orElse(postmortem.key());
    }

    private LocalDate today() {
        return followUpToday.date();
    }

    private static List<Long> ticketIds(List<ReviewRecord> records) {
        return records.stream().flatMap(record -> record.ticketId().stream()).toList();
    }

    private static InvalidInputException refused(TicketRefusedException refusal) {
        return new InvalidInputException(refusal.reasons().stream()
                .map(reason -> new FieldError("", "postmortems.review.error.jira", List.of(reason))).toList());
    }
}
