package dev.postmortems.jira.view.review;

import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.domain.review.ReviewInterval;
import dev.postmortems.jira.domain.review.ReviewState;
import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.DateTexts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns a postmortem's snapshot into its follow-up review as one person sees it. */
public final class ReviewPresenter {
    private final ReviewService reviews;
    private final Messages messages;
    private final Links links;
    private final DateTexts dates;
    private final ReviewOutcomeTexts outcomes;

    public ReviewPresenter(ReviewService reviews, Messages messages, Links links, DateTexts dates, ReviewOutcomeTexts outcomes) {
        this.reviews = reviews;
        this.messages = messages;
        this.links = links;
        this.dates = dates;
        this.outcomes = outcomes;
    }

    public ReviewView present(PostmortemSnapshot snapshot) {
        ReviewTicketView current = current(snapshot).orElse(null);
        int total = (int) snapshot.actions().stream().filter(action -> action.ticketId().isPresent()).count();
        int done = (int) snapshot.actions().stream().filter(action -> snapshot.stateOf(action) == ActionState.DONE).count();
        List<IntervalOption> intervals = Arrays.stream(ReviewInterval.values())
                .map(interval -> new IntervalOption(interval.code(), messages.text("postmortems.review.interval." + interval.code())))
                .toList();
        ReviewLoop loop = snapshot.loop();
        Optional<Ticket> judged = snapshot.reviewTickets().stream().findFirst().filter(Ticket::visible)
                .filter(ticket -> loop.lastJudgedAt(ticket.id()).isPresent());
        return new ReviewView(snapshot.postmortem().key(), snapshot.postmortem().editable(), current,
                snapshot.postmortem().editable() ? reviews.defaultOwner(snapshot.postmortem()) : "",
                intervals, ReviewInterval.DEFAULT.code(), done, total, messages.text("postmortems.review.progress", done, total),
                judged.map(ticket -> outcomes.outcome(loop, ticket.id())).orElse(""),
                judged.flatMap(ticket -> outcomes.summary(snapshot, loop, ticket.id())).orElse(""));
    }

    /** The current review ticket as shown, if one was scheduled. */
    public java.util.Optional<ReviewTicketView> current(PostmortemSnapshot snapshot) {
        return snapshot.reviewTickets().stream().findFirst()
                .map(ticket -> ticketView(ticket, snapshot.reviewState(), snapshot.today()));
    }

    private ReviewTicketView ticketView(Ticket ticket, ReviewState state, LocalDate today) {
        if (!ticket.visible()) {
            return new ReviewTicketView(ticket.key(), links.issue(ticket.key()), false, "", "", "", "", 0, false, false, "", "");
        }
        long daysLeft = ticket.dueDate().map(due -> FollowUpCalendar.daysLeft(due, today)).orElse(0L);
        boolean overdue = state == ReviewState.OVERDUE;
        return new ReviewTicketView(ticket.key(), links.issue(ticket.key()), true, ticket.summary(), ticket.assignee().orElse(""),
                ticket.dueDate().map(LocalDate::toString).orElse(""), ticket.dueDate().map(dates::day).orElse(""), daysLeft,
                overdue, state == ReviewState.DONE, ticket.status(),
                when(ticket, daysLeft, overdue));
    }

    private String when(Ticket ticket, long daysLeft, boolean overdue) {
        if (ticket.resolved()) {
            return messages.text("postmortems.review.done");
        }
        if (ticket.dueDate().isEmpty()) {
            return messages.text("postmortems.review.no-due");
        }
        String left = overdue ? messages.text("postmortems.review.days-overdue", -daysLeft)
                : daysLeft == 0 ? messages.text("postmortems.review.due-today") : messages.text("postmortems.review.days-left", daysLeft);
        return messages.text("postmortems.review.due", dates.day(ticket.dueDate().get())) + " \u00b7 " + left;
    }
}
