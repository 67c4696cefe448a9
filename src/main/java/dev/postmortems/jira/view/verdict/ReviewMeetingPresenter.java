package dev.postmortems.jira.view.verdict;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.verdict.VerdictRecord;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Person;
import dev.postmortems.jira.service.Projects;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.recurrence.RecurrenceIssue;
import dev.postmortems.jira.service.recurrence.RecurrenceLinks;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.verdict.ReviewMeeting;
import dev.postmortems.jira.view.DateTexts;
import dev.postmortems.jira.view.action.ActionView;
import dev.postmortems.jira.view.action.ActionsPresenter;
import dev.postmortems.jira.view.review.ReviewOutcomeTexts;
import dev.postmortems.jira.view.team.IssueLinkView;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a review ticket's meeting into what its panel and REST answer show: every action with its verdicts. */
public final class ReviewMeetingPresenter {
    private final ActionsPresenter actions;
    private final ReviewOutcomeTexts outcomes;
    private final RecurrenceLinks recurrences;
    private final Projects people;
    private final Links links;
    private final DateTexts dates;

    public ReviewMeetingPresenter(ActionsPresenter actions, ReviewOutcomeTexts outcomes, RecurrenceLinks recurrences,
                                  Projects people, Links links, DateTexts dates) {
        this.actions = actions;
        this.outcomes = outcomes;
        this.recurrences = recurrences;
        this.people = people;
        this.links = links;
        this.dates = dates;
    }

    public ReviewMeetingView present(ReviewMeeting meeting) {
        PostmortemSnapshot snapshot = meeting.postmortem();
        ReviewLoop loop = snapshot.loop();
        long reviewId = meeting.review().id();
        Map<Long, ActionView> shown = new HashMap<>();
        actions.actions(snapshot).forEach(view -> shown.put(view.id(), view));
        List<ActionRecord> raisedHere = loop.followUpsRaisedAt(reviewId);
        Map<String, String> names = new HashMap<>();
        List<ReviewedActionView> rows = snapshot.actions().stream().filter(snapshot::stands)
                .map(action -> new ReviewedActionView(shown.get(action.id()),
                        loop.at(reviewId, action.id()).map(verdict -> verdict(verdict, names)).orElse(null),
                        loop.elsewhere(reviewId, action.id()).map(verdict -> verdict(verdict, names)).orElse(null),
                        action.chainId().orElse(0L), loop.needsFollowUp(action.id()),
                        loop.followUpsOf(action.id()).stream().flatMap(followUp -> snapshot.ticketOf(followUp).stream())
                                .map(this::link).toList(),
                        raisedHere.contains(action)))
                .toList();
        String key = snapshot.postmortem().key();
        return new ReviewMeetingView(meeting.review().key(), key, links.issue(key),
                snapshot.ticket(snapshot.postmortem().id()).map(Ticket::summary).orElse(""), meeting.judgeable(),
                snapshot.postmortem().editable(), loop.outcomeAt(reviewId).key(), outcomes.outcome(loop, reviewId),
                outcomes.summary(snapshot, loop, reviewId).orElse(""),
                recurrences.recurrencesOf(snapshot.postmortem().id()).stream().filter(RecurrenceIssue::visible).map(this::link).toList(), rows,
                Arrays.stream(Verdict.values()).map(verdict -> new VerdictOption(verdict.key(), actions.verdictLabel(verdict))).toList());
    }

    /** One verdict as shown, e.g. in a stale edit's answer. */
    public VerdictView verdict(VerdictRecord verdict) {
        return verdict(verdict, new HashMap<>());
    }

    private VerdictView verdict(VerdictRecord verdict, Map<String, String> names) {
        String by = names.computeIfAbsent(verdict.judgedBy(),
                username -> people.person(username).map(Person::displayName).orElse(username));
        return new VerdictView(verdict.id(), verdict.verdict().key(), actions.verdictLabel(verdict.verdict()), verdict.evidence(),
                verdict.reason(), by + " \u00b7 " + dates.dayOf(verdict.judgedAt()), verdict.judgedAt().toString());
    }

    private IssueLinkView link(Ticket ticket) {
        return new IssueLinkView(ticket.key(), links.issue(ticket.key()), ticket.visible() ? ticket.summary() : "", ticket.restricted());
    }

    private IssueLinkView link(RecurrenceIssue issue) {
        return new IssueLinkView(issue.key(), links.issue(issue.key()), issue.summary(), false);
    }
}
