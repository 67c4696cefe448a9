package dev.postmortems.jira.view.action;

import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.verdict.ReviewLoop;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.action.ActionForm;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.DateTexts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a postmortem's snapshot into its actions as one person sees them. */
public final class ActionsPresenter {
    private final Messages messages;
    private final Links links;
    private final DateTexts dates;

    public ActionsPresenter(Messages messages, Links links, DateTexts dates) {
        this.messages = messages;
        this.links = links;
        this.dates = dates;
    }

    public ActionsView present(PostmortemSnapshot snapshot, ActionForm form) {
        List<ActionView> shown = actions(snapshot);
        long done = shown.stream().filter(ActionView::done).count();
        long overdue = shown.stream().filter(ActionView::overdue).count();
        return new ActionsView(snapshot.postmortem().key(), snapshot.postmortem().editable(),
                messages.text("postmortems.action.summary", shown.size(), done, overdue), form.project().key(), shown,
                Arrays.stream(ActionKind.values()).map(kind -> new ActionOption(kind.key(), kindLabel(kind))).toList(),
                form.priorities().stream().map(priority -> new ActionOption(priority.getKey(), priority.getValue())).toList(),
                snapshot.chains().stream().filter(chain -> !chain.isOpen())
                        .map(chain -> new ActionOption(String.valueOf(chain.id()), chain.problem())).toList(),
                form.projectAdmin(), form.projectAdmin() ? links.projectSettings(form.project().key()) : "");
    }

    /** Every action of the snapshot as shown, in the order they were decided. */
    public List<ActionView> actions(PostmortemSnapshot snapshot) {
        Map<Long, String> problems = snapshot.chains().stream().collect(Collectors.toMap(WhyChain::id, WhyChain::problem));
        ReviewLoop loop = snapshot.loop();
        return snapshot.actions().stream().map(action -> view(action, snapshot, problems, loop)).toList();
    }

    /** One action as shown, e.g. right after it was created. */
    public ActionView action(PostmortemSnapshot snapshot, long actionId) {
        return actions(snapshot).stream().filter(action -> action.id() == actionId).findFirst().orElseThrow();
    }

    private ActionView view(ActionRecord action, PostmortemSnapshot snapshot, Map<Long, String> problems, ReviewLoop loop) {
        String rootCause = action.chainId().map(problems::get).orElse("");
        ActionState state = snapshot.stateOf(action);
        Optional<Ticket> ticket = snapshot.ticketOf(action);
        Optional<Ticket> shown = ticket.filter(Ticket::visible);
        Optional<LocalDate> due = shown.flatMap(Ticket::dueDate);
        return new ActionView(action.id(), state.key(), ticket.map(Ticket::key).orElse(""),
                ticket.map(found -> links.issue(found.key())).orElse(""), shown.map(Ticket::summary).orElse(""),
                ticket.map(Ticket::restricted).orElse(false), action.kind().key(), kindLabel(action.kind()),
                shown.flatMap(Ticket::assignee).orElse(""), due.map(LocalDate::toString).orElse(""),
                due.map(dates::day).orElse(""), shown.map(Ticket::status).orElse(""), state == ActionState.DONE,
                state == ActionState.OVERDUE, shown.isPresent() && shown.get().assignee().isEmpty(),
                state == ActionState.GONE, state == ActionState.PENDING, rootCause == null ? "" : rootCause,
                action.successCheck(), loop.latest(action.id()).map(verdict -> verdictLabel(verdict.verdict())).orElse(""));
    }

    /** A verdict in words, in the reader's language: "Not effective". */
    public String verdictLabel(Verdict verdict) {
        return messages.text("postmortems.verdict." + verdict.key());
    }

    /** An action's kind in words, in the reader's language. */
    public String kindLabel(ActionKind kind) {
        return messages.text("postmortems.action.kind." + kind.key());
    }
}
