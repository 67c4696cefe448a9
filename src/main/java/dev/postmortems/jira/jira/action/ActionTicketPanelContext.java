package dev.postmortems.jira.jira.action;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.postmortems.jira.jira.PostmortemPanelContext;
import dev.postmortems.jira.jira.RequestSnapshots;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.view.action.ActionTicketPresenter;
import dev.postmortems.jira.view.action.ActionTicketView;

import java.util.Comparator;
import java.util.Optional;

/**
 * The action ticket's panel: the postmortem it came from, read from that postmortem's snapshot. A ticket linked
 * from several postmortems shows the first one created; one the reader may not browse shows only its key.
 */
public final class ActionTicketPanelContext extends PostmortemPanelContext {
    private final TicketReader tickets;
    private final RequestSnapshots snapshots;
    private final ActionTicketPresenter presenter;

    public ActionTicketPanelContext(TicketReader tickets, RequestSnapshots snapshots, ActionTicketPresenter presenter,
                                    PageBuilderService pageBuilderService, I18nResolver i18nResolver) {
        super(pageBuilderService, i18nResolver, "dev.postmortems.jira:action-ticket-resources", "ticket");
        this.tickets = tickets;
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    @Override
    protected Object model(Issue ticket) {
        Optional<Ticket> postmortem = tickets.postmortemsOf(ticket.getId()).stream().min(Comparator.naturalOrder())
                .flatMap(id -> Optional.ofNullable(tickets.tickets(java.util.List.of(id)).get(id)));
        if (postmortem.isEmpty()) {
            return null;
        }
        if (!postmortem.get().visible()) {
            return presenter.restricted(postmortem.get().key());
        }
        Optional<ActionTicketView> view = presenter.present(snapshots.of(postmortem.get().key()), ticket.getId());
        return view.orElse(null);
    }
}
