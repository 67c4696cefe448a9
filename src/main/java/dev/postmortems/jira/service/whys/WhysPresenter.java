package dev.postmortems.jira.service.whys;

import dev.postmortems.jira.domain.action.ActionStanding;
import dev.postmortems.jira.domain.whys.ChainStatus;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;
import dev.postmortems.jira.domain.whys.WhysSummary;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketLookup;
import dev.postmortems.jira.service.blameless.BlamelessMarker;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.service.blameless.MarkedPart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a postmortem's chains into what a person sees: each root cause with the tickets that address it, open and
 * untreated chains named, and words that point at people highlighted. One batch of ticket look-ups per view.
 */
public final class WhysPresenter {
    private final Messages messages;
    private final TicketLookup tickets;
    private final BlamelessService blameless;
    private final BlamelessMarker marker;
    private final Links links;

    public WhysPresenter(Messages messages, TicketLookup tickets, BlamelessService blameless, BlamelessMarker marker, Links links) {
        this.messages = messages;
        this.tickets = tickets;
        this.blameless = blameless;
        this.marker = marker;
        this.links = links;
    }

    public WhysView present(PostmortemWhys whys) {
        Map<Long, Ticket> known = tickets.tickets(whys.actions().stream().filter(action -> action.chainId().isPresent())
                .flatMap(action -> action.ticketId().stream()).toList());
        Set<Long> treated = ActionStanding.treatedChains(whys.actions(), known.keySet(), whys.linkedTickets());
        // Each chain lists the actions that stand and address it.
        Map<Long, List<ActionRecord>> standingByChain = new HashMap<>();
        for (ActionRecord action : whys.actions()) {
            if (ActionStanding.stands(action, known.keySet(), whys.linkedTickets())) {
                action.chainId().ifPresent(chainId -> standingByChain.computeIfAbsent(chainId, id -> new ArrayList<>()).add(action));
            }
        }
        BlamelessService.Checker checker = blameless.forPostmortem(whys.postmortem().id());
        List<WhyChainView> chains = whys.chains().stream().map(chain -> chain(chain, standingByChain.getOrDefault(chain.id(), List.of()),
                ChainStatus.of(chain, treated), known, checker)).toList();
        WhysSummary summary = WhysSummary.of(whys.chains(), treated);
        return new WhysView(whys.postmortem().key(), whys.postmortem().editable(),
                messages.text("postmortems.whys.summary", summary.causes(), summary.treated(), summary.untreated()), chains,
                chains.stream().anyMatch(chain -> chain.blameFindings() > 0));
    }

    /** One chain as shown, e.g. after it was saved. */
    public WhyChainView chain(PostmortemWhys whys, WhyChain chain) {
        return present(new PostmortemWhys(whys.postmortem(), List.of(chain), whys.actions(), whys.linkedTickets())).chains().get(0);
    }

    /** @param actions the actions that stand and address this chain */
    private WhyChainView chain(WhyChain chain, List<ActionRecord> actions, ChainStatus chainStatus, Map<Long, Ticket> known,
                               BlamelessService.Checker checker) {
        AtomicInteger findings = new AtomicInteger();
        List<WhyStepView> steps = new ArrayList<>();
        for (int i = 0; i < chain.steps().size(); i++) {
            WhyStep step = chain.steps().get(i);
            steps.add(new WhyStepView(i + 1, step.question(), step.answer(), marked(step.question(), checker, findings),
                    marked(step.answer(), checker, findings)));
        }
        List<ActionTicketView> treating = actions.stream().flatMap(action -> action.ticketId().map(known::get).stream()
                        .filter(java.util.Objects::nonNull)
                        .map(ticket -> new ActionTicketView(ticket.key(), links.issue(ticket.key()), ticket.restricted() ? "" : ticket.summary(),
                                ticket.restricted(), action.kind().key(),
                                messages.text("postmortems.action.kind." + action.kind().key()))))
                .toList();
        String status = chainStatus.key();
        return new WhyChainView(chain.id(), chain.revision(), chain.problem(), marked(chain.problem(), checker, findings),
                steps, chain.rootCauseMarked(), status, messages.text("postmortems.whys.status." + status),
                chain.shouldKeepAsking(), treating, findings.get());
    }

    private List<MarkedPart> marked(String text, BlamelessService.Checker checker, AtomicInteger count) {
        return marker.marked(text, checker, count);
    }
}
