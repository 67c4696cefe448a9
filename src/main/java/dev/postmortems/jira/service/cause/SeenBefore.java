package dev.postmortems.jira.service.cause;

import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.action.ActionState;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.cause.SortedRootCause;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.TicketReader;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.whys.WhysStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Seen before": the earlier postmortems whose root causes are sorted like this one's — same cause category and
 * same component — that the reader may browse, newest first, each with how far its actions got and what the
 * reviews judged of them. Two queries of the app's tables whatever the history: the matching root causes, then the
 * actions of the postmortems shown; the rest is Jira's batch read of issues.
 */
public final class SeenBefore {
    /** Shown at most; the search link lists them all. */
    public static final int SHOWN = 10;
    /** Earlier postmortems looked at, newest first, to find {@link #SHOWN} the reader may browse. */
    static final int CONSIDERED = 50;

    private final WhysStore whys;
    private final ActionStore actions;
    private final TicketReader tickets;

    public SeenBefore(WhysStore whys, ActionStore actions, TicketReader tickets) {
        this.whys = whys;
        this.actions = actions;
        this.tickets = tickets;
    }

    /** An earlier postmortem with the same cause, as the reader may see it. */
    public record EarlierPostmortem(Ticket postmortem, RootCauseCategory cause, int actions, int done, int effective,
                                    int ineffective) {
    }

    /** The root causes of the postmortem that other postmortems can share: sorted with a category and a component. */
    public static List<RootCauseCategory> comparableCauses(List<WhyChain> chains) {
        return chains.stream().map(WhyChain::category).flatMap(Optional::stream)
                .filter(category -> category.cause().isPresent()).distinct().toList();
    }

    /**
     * @param chains the postmortem's why-chains
     * @param today  today, as the action states count it
     */
    public List<EarlierPostmortem> of(PostmortemIssue postmortem, List<WhyChain> chains, LocalDate today) {
        List<RootCauseCategory> causes = comparableCauses(chains);
        if (causes.isEmpty()) {
            return List.of();
        }
        Map<Long, RootCauseCategory> byPostmortem = new LinkedHashMap<>();
        for (SortedRootCause earlier : whys.earlierCauses(postmortem.id(), causes)) {
            if (byPostmortem.size() < CONSIDERED) {
                byPostmortem.putIfAbsent(earlier.issueId(), earlier.category());
            }
        }
        Map<Long, Ticket> known = tickets.tickets(byPostmortem.keySet());
        List<Long> shown = byPostmortem.keySet().stream().filter(id -> known.containsKey(id) && known.get(id).visible())
                .limit(SHOWN).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<ActionStore.ActionWithVerdict> judged = actions.withVerdicts(shown);
        Set<Long> actionTickets = new HashSet<>();
        judged.forEach(action -> action.action().ticketId().ifPresent(actionTickets::add));
        Map<Long, Ticket> actionTicketsRead = tickets.tickets(actionTickets);
        List<EarlierPostmortem> found = new ArrayList<>();
        for (long id : shown) {
            List<ActionStore.ActionWithVerdict> own = judged.stream().filter(judgedAction -> judgedAction.action().issueId() == id).toList();
            List<ActionState> states = own.stream().map(judgedAction -> state(judgedAction.action(), actionTicketsRead, today)).toList();
            found.add(new EarlierPostmortem(known.get(id), byPostmortem.get(id),
                    (int) states.stream().filter(state -> state != ActionState.GONE && state != ActionState.RESTRICTED).count(),
                    (int) states.stream().filter(state -> state == ActionState.DONE).count(),
                    (int) own.stream().filter(judgedAction -> judgedAction.latest().equals(Optional.of(Verdict.EFFECTIVE))).count(),
                    (int) own.stream().filter(judgedAction -> judgedAction.latest().equals(Optional.of(Verdict.INEFFECTIVE))).count()));
        }
        return found;
    }

    /**
     * The action's state by the one rule every panel uses; an earlier postmortem's Jira links are not read, so an
     * action stands while its ticket exists.
     */
    private static ActionState state(ActionRecord action, Map<Long, Ticket> read, LocalDate today) {
        Optional<Ticket> ticket = action.ticketId().map(read::get);
        return ActionState.of(action, ticket.isPresent(), ticket.map(Ticket::visible).orElse(false),
                ticket.map(Ticket::resolved).orElse(false), ticket.flatMap(Ticket::dueDate), today);
    }
}
