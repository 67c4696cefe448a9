package dev.postmortems.jira.view.action;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.review.ReviewPresenter;
import dev.postmortems.jira.view.review.ReviewTicketView;

import java.util.List;
import java.util.Optional;

/** An action ticket's own panel: the postmortem it came from, its kind, the root cause it addresses, the review. */
public final class ActionTicketPresenter {
    private final ActionsPresenter actions;
    private final ReviewPresenter reviews;
    private final Links links;

    public ActionTicketPresenter(ActionsPresenter actions, ReviewPresenter reviews, Links links) {
        this.actions = actions;
        this.reviews = reviews;
        this.links = links;
    }

    /** The ticket as an action of that postmortem, or empty when the postmortem no longer counts it as one. */
    public Optional<ActionTicketView> present(PostmortemSnapshot postmortem, long ticketId) {
        return postmortem.actions().stream().filter(action -> action.ticketId().equals(Optional.of(ticketId))).findFirst()
                .map(action -> view(postmortem, action));
    }

    /** A postmortem the reader may not browse: its key, and nothing of what it says. */
    public ActionTicketView restricted(String postmortemKey) {
        return ActionTicketView.restricted(postmortemKey, links.issue(postmortemKey));
    }

    private ActionTicketView view(PostmortemSnapshot postmortem, ActionRecord action) {
        Optional<WhyChain> chain = action.chainId()
                .flatMap(id -> postmortem.chains().stream().filter(candidate -> candidate.id() == id).findFirst());
        String review = reviews.current(postmortem).filter(ReviewTicketView::visible).map(ReviewTicketView::when).orElse("");
        String key = postmortem.postmortem().key();
        String summary = postmortem.ticket(postmortem.postmortem().id()).map(Ticket::summary).orElse("");
        return new ActionTicketView(key, links.issue(key), summary, false,
                actions.kindLabel(action.kind()), chain.flatMap(WhyChain::rootCause).orElse(""),
                chain.map(WhyChain::problem).orElse(""),
                chain.map(found -> found.steps().stream().map(step -> new ActionTicketView.Why(step.question(), step.answer()))
                        .toList()).orElse(List.of()),
                review);
    }
}
