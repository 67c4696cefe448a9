package dev.postmortems.jira.service.review;

import dev.postmortems.jira.domain.RequestReference;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.domain.review.ReviewDescription;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.review.ReviewInterval;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.WikiMarkup;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.TargetProject;
import dev.postmortems.jira.service.TicketRefusedException;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.action.ActionTickets;
import dev.postmortems.jira.service.action.TicketState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The follow-up review of a postmortem: one Postmortem Review ticket, due after the chosen interval. A postmortem
 * has at most one open review; scheduling again reschedules it. The request is recorded before Jira is asked, so a
 * retry finds the review it created instead of creating a second.
 */
public final class ReviewService {
    private final PostmortemPermissions permissions;
    private final ReviewStore store;
    private final ReviewTickets reviews;
    private final ActionStore actions;
    private final ActionTickets tickets;
    private final EditLock editLock;
    private final Messages messages;
    private final Links links;
    private final FollowUpToday followUpToday;

    public ReviewService(PostmortemPermissions permissions, ReviewStore store, ReviewTickets reviews, ActionStore actions,
                         ActionTickets tickets, EditLock editLock, Messages messages, Links links, FollowUpToday followUpToday) {
        this.permissions = permissions;
        this.store = store;
        this.reviews = reviews;
        this.actions = actions;
        this.tickets = tickets;
        this.editLock = editLock;
        this.messages = messages;
        this.links = links;
        this.followUpToday = followUpToday;
    }

    public ReviewView review(String postmortemKey) {
        return view(permissions.toRead(postmortemKey));
    }

    public Scheduled schedule(String postmortemKey, ReviewInput input) {
        PostmortemIssue postmortem = permissions.toChange(postmortemKey);
        LocalDate today = today();
        List<FieldError> errors = new ArrayList<>(input.problems(today).stream()
                .map(problem -> new FieldError(problem.field(), "postmortems.review.problem." + problem.code())).toList());
        TargetProject project = tickets.projectOf(postmortem.id())
                .orElseThrow(() -> new PostmortemNotFoundException("postmortems.error.postmortem-not-found"));
        if (input.owner() != null && !input.owner().isBlank() && !tickets.isAssignable(input.owner().strip(), project)) {
            errors.add(new FieldError("owner", "postmortems.action.error.not-assignable", List.of(input.owner().strip(), project.key())));
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
        Optional<ReviewRecord> earlier = store.findByRequest(requestId);
        if (earlier.isPresent() && earlier.get().issueId() != postmortem.id()) {
            throw new InvalidInputException(List.of(new FieldError("requestId", "postmortems.review.problem.request-id-used")));
        }
        if (earlier.isPresent() && earlier.get().ticketId().isPresent()) {
            reviews.linkAndLabel(postmortem.id(), earlier.get().ticketId().get()); // a retry: finish what was interrupted
            return new Scheduled(view(postmortem), false);
        }
        Optional<Long> open = openReview(postmortem.id());
        if (open.isPresent()) {
            try {
                reviews.reschedule(open.get(), owner, due);
            } catch (TicketRefusedException refusal) {
                throw refused(refusal);
            }
            return new Scheduled(view(postmortem), false);
        }
        ReviewRecord record = earlier.orElseGet(() -> store.createPending(postmortem.id(), requestId));
        long ticket;
        try {
            ticket = reviews.create(project, messages.text("postmortems.review.ticket.summary", summaryOf(postmortem)),
                    ReviewDescription.of(description(postmortem), postmortem.key(), requestId), owner, due);
        } catch (TicketRefusedException refusal) {
            store.delete(record.id()); // nothing was created in Jira: forget the request
            throw refused(refusal);
        }
        store.recordTicket(record.id(), ticket);
        reviews.linkAndLabel(postmortem.id(), ticket);
        return new Scheduled(view(postmortem), true);
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
        Map<Long, TicketState> states = tickets.states(ids);
        return ids.stream().sorted(Comparator.reverseOrder()).filter(id -> states.containsKey(id) && !states.get(id).resolved())
                .findFirst();
    }

    private ReviewView view(PostmortemIssue postmortem) {
        List<ReviewRecord> records = store.reviewsOf(postmortem.id());
        List<Long> actionTickets = actions.actionsOf(postmortem.id()).stream().flatMap(action -> action.ticketId().stream()).toList();
        List<Long> ids = new ArrayList<>(ticketIds(records));
        ids.addAll(actionTickets);
        ids.add(postmortem.id());
        Map<Long, TicketState> states = tickets.states(ids); // reviews, actions and the postmortem in one batch
        LocalDate today = today();
        ReviewTicketView current = ticketIds(records).stream().sorted(Comparator.reverseOrder())
                .filter(states::containsKey).findFirst().map(id -> ticketView(states.get(id), today)).orElse(null);
        int done = (int) actionTickets.stream().filter(id -> states.containsKey(id) && states.get(id).resolved()).count();
        List<IntervalOption> intervals = Arrays.stream(ReviewInterval.values())
                .map(interval -> new IntervalOption(interval.code(), messages.text("postmortems.review.interval." + interval.code())))
                .toList();
        return new ReviewView(postmortem.key(), postmortem.editable(), current,
                postmortem.editable() ? reviews.assigneeOf(postmortem.id()).orElse("") : "",
                intervals, ReviewInterval.DEFAULT.code(), done, actionTickets.size(),
                messages.text("postmortems.review.progress", done, actionTickets.size()));
    }

    private ReviewTicketView ticketView(TicketState state, LocalDate today) {
        if (!state.visible()) {
            return new ReviewTicketView(state.key(), links.issue(state.key()), false, "", "", "", 0, false, false, "", "");
        }
        long daysLeft = state.dueDate().map(due -> FollowUpCalendar.daysLeft(due, today)).orElse(0L);
        boolean overdue = FollowUpCalendar.isOverdue(state.dueDate(), state.resolved(), today);
        return new ReviewTicketView(state.key(), links.issue(state.key()), true, state.summary(), state.assignee().orElse(""),
                state.dueDate().map(LocalDate::toString).orElse(""), daysLeft, overdue, state.resolved(), state.status(),
                when(state, daysLeft, overdue));
    }

    private String when(TicketState state, long daysLeft, boolean overdue) {
        if (state.resolved()) {
            return messages.text("postmortems.review.done");
        }
        if (state.dueDate().isEmpty()) {
            return messages.text("postmortems.review.no-due");
        }
        String left = overdue ? messages.text("postmortems.review.days-overdue", -daysLeft)
                : daysLeft == 0 ? messages.text("postmortems.review.due-today") : messages.text("postmortems.review.days-left", daysLeft);
        return messages.text("postmortems.review.due", state.dueDate().get().toString()) + " \u00b7 " + left;
    }

    /** The actions as they stand when the review is scheduled, for the review ticket's description. */
    private String description(PostmortemIssue postmortem) {
        List<ActionRecord> records = actions.actionsOf(postmortem.id());
        Map<Long, TicketState> states = tickets.states(records.stream().flatMap(action -> action.ticketId().stream()).toList());
        StringBuilder text = new StringBuilder(messages.text("postmortems.review.ticket.intro", postmortem.key(), today().toString()));
        text.append('\n');
        if (records.isEmpty()) {
            text.append(messages.text("postmortems.review.ticket.no-actions")).append('\n');
        }
        for (ActionRecord action : records) {
            TicketState state = action.ticketId().map(states::get).orElse(null);
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
        return Optional.ofNullable(tickets.states(List.of(postmortem.id())).get(postmortem.id())).map(TicketState::summary)
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
