package dev.postmortems.jira.service.action;

import dev.postmortems.jira.domain.action.ActionStanding;
import dev.postmortems.jira.domain.followup.FollowUpCalendar;
import dev.postmortems.jira.service.followup.FollowUpToday;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Viewer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a postmortem's actions and their live tickets into what one person sees. */
public final class ActionsPresenter {
    private final Messages messages;
    private final Links links;
    private final Viewer viewer;
    private final FollowUpToday today;

    public ActionsPresenter(Messages messages, Links links, Viewer viewer, FollowUpToday today) {
        this.messages = messages;
        this.links = links;
        this.viewer = viewer;
        this.today = today;
    }

    public ActionsView present(PostmortemActions actions) {
        LocalDate today = this.today.date();
        Map<Long, String> problems = actions.chains().stream().collect(Collectors.toMap(WhyChain::id, WhyChain::problem));
        List<ActionView> shown = actions.actions().stream().map(action -> view(action, actions, problems, today)).toList();
        long done = shown.stream().filter(ActionView::done).count();
        long overdue = shown.stream().filter(ActionView::overdue).count();
        return new ActionsView(actions.postmortem().key(), actions.postmortem().editable(),
                messages.text("postmortems.action.summary", shown.size(), done, overdue), actions.project().key(), shown,
                Arrays.stream(ActionKind.values()).map(kind -> new ActionOption(kind.key(), kindLabel(kind))).toList(),
                actions.priorities().stream().map(priority -> new ActionOption(priority.getKey(), priority.getValue())).toList(),
                actions.chains().stream().filter(chain -> !chain.isOpen())
                        .map(chain -> new ActionOption(String.valueOf(chain.id()), chain.problem())).toList(),
                actions.projectAdmin());
    }

    /** One action as shown, e.g. right after it was created. */
    public ActionView action(PostmortemActions actions, ActionRecord action) {
        Map<Long, String> problems = actions.chains().stream().collect(Collectors.toMap(WhyChain::id, WhyChain::problem));
        return view(action, actions, problems, today.date());
    }

    private ActionView view(ActionRecord action, PostmortemActions actions, Map<Long, String> problems, LocalDate today) {
        String rootCause = action.chainId().map(problems::get).orElse("");
        rootCause = rootCause == null ? "" : rootCause;
        if (action.ticketId().isEmpty()) {
            return new ActionView(action.id(), "", "", "", false, action.kind().key(), kindLabel(action.kind()), "", "", "",
                    false, false, false, false, true, rootCause);
        }
        long ticketId = action.ticketId().get();
        TicketState ticket = actions.states().get(ticketId);
        boolean gone = !ActionStanding.stands(action, actions.states().keySet(), actions.linked());
        if (ticket == null) {
            return new ActionView(action.id(), "", "", "", false, action.kind().key(), kindLabel(action.kind()), "", "", "",
                    false, false, false, true, false, rootCause);
        }
        if (!ticket.visible()) {
            return new ActionView(action.id(), ticket.key(), links.issue(ticket.key()), "", true, action.kind().key(),
                    kindLabel(action.kind()), "", "", "", false, false, false, gone, false, rootCause);
        }
        boolean overdue = FollowUpCalendar.isOverdue(ticket.dueDate(), ticket.resolved(), today);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(viewer.locale());
        return new ActionView(action.id(), ticket.key(), links.issue(ticket.key()), ticket.summary(), false,
                action.kind().key(), kindLabel(action.kind()), ticket.assignee().orElse(""),
                ticket.dueDate().map(dates::format).orElse(""), ticket.status(), ticket.resolved(), overdue,
                ticket.assignee().isEmpty(), gone, false, rootCause);
    }

    private String kindLabel(ActionKind kind) {
        return messages.text("postmortems.action.kind." + kind.key());
    }
}
