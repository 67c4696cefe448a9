package dev.postmortems.jira.view.whys;

import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.whys.ChainStatus;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyStep;
import dev.postmortems.jira.domain.whys.WhysSummary;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.blameless.BlamelessMarker;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.service.blameless.MarkedPart;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.cause.ProjectComponents;
import dev.postmortems.jira.view.cause.CauseTexts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns a postmortem's chains into what a person sees: each root cause with the tickets that address it, open and
 * untreated chains named, and words that point at people highlighted; a projection of the postmortem's snapshot.
 */
public final class WhysPresenter {
    private final Messages messages;
    private final BlamelessService blameless;
    private final BlamelessMarker marker;
    private final Links links;
    private final CauseCategoryService categories;
    private final ProjectComponents components;

    public WhysPresenter(Messages messages, BlamelessService blameless, BlamelessMarker marker, Links links,
                         CauseCategoryService categories, ProjectComponents components) {
        this.messages = messages;
        this.blameless = blameless;
        this.marker = marker;
        this.links = links;
        this.categories = categories;
        this.components = components;
    }

    public WhysView present(PostmortemSnapshot snapshot) {
        return present(snapshot, snapshot.chains());
    }

    /** One chain as shown, e.g. after it was saved. */
    public WhyChainView chain(PostmortemSnapshot snapshot, WhyChain chain) {
        return present(snapshot, List.of(chain)).chains().get(0);
    }

    /** A chain alone, with nothing said of the actions that treat it: the current version in a stale edit's answer. */
    public WhyChainView chain(WhyChain chain) {
        return chain(chain, List.of(), ChainStatus.of(chain, Set.of()), Map.of(), blameless.forPostmortem(chain.issueId()),
                categories.catalogue());
    }

    private WhysView present(PostmortemSnapshot snapshot, List<WhyChain> shown) {
        Set<Long> treated = snapshot.treatedChains();
        // Each chain lists the actions that stand and address it.
        Map<Long, List<ActionRecord>> standingByChain = new HashMap<>();
        for (ActionRecord action : snapshot.actions()) {
            if (snapshot.stands(action)) {
                action.chainId().ifPresent(chainId -> standingByChain.computeIfAbsent(chainId, id -> new ArrayList<>()).add(action));
            }
        }
        BlamelessService.Checker checker = blameless.forPostmortem(snapshot.postmortem().id());
        CauseCatalogue catalogue = snapshot.causes();
        List<WhyChainView> chains = shown.stream().map(chain -> chain(chain, standingByChain.getOrDefault(chain.id(), List.of()),
                ChainStatus.of(chain, treated), snapshot.tickets(), checker, catalogue)).toList();
        WhysSummary summary = WhysSummary.of(snapshot.chains(), treated);
        boolean editable = snapshot.postmortem().editable();
        return new WhysView(snapshot.postmortem().key(), editable,
                messages.text("postmortems.whys.summary", summary.causes(), summary.treated(), summary.untreated()), chains,
                chains.stream().anyMatch(chain -> chain.blameFindings() > 0),
                editable ? catalogue.categories().stream().map(category -> new CauseChoiceView(category.id(), category.name())).toList()
                        : List.of(),
                editable ? components.ofIssue(snapshot.postmortem().id()).stream()
                        .map(component -> new CauseChoiceView(component.id(), component.name())).toList() : List.of());
    }

    /** @param actions the actions that stand and address this chain */
    private WhyChainView chain(WhyChain chain, List<ActionRecord> actions, ChainStatus chainStatus, Map<Long, Ticket> known,
                               BlamelessService.Checker checker, CauseCatalogue catalogue) {
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
                chain.shouldKeepAsking(), treating, findings.get(), chain.category().map(RootCauseCategory::categoryId).orElse(0L),
                chain.category().map(category -> CauseTexts.name(category, catalogue)).orElse(""),
                chain.category().flatMap(RootCauseCategory::component).map(RootCauseCategory.CauseComponent::id).orElse(0L),
                chain.category().flatMap(category -> CauseTexts.search(category, catalogue)).map(links::search).orElse(""));
    }

    private List<MarkedPart> marked(String text, BlamelessService.Checker checker, AtomicInteger count) {
        return marker.marked(text, checker, count);
    }
}
