package dev.postmortems.jira.view.cause;

import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.cause.SeenBefore;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.view.whys.WhysPresenter;

import java.util.List;
import java.util.Optional;

/** Turns the earlier postmortems with the same cause into the "Seen before" panel, in the reader's language. */
public final class SeenBeforePresenter {
    private final SeenBefore seenBefore;
    private final Messages messages;
    private final Links links;

    public SeenBeforePresenter(SeenBefore seenBefore, Messages messages, Links links) {
        this.seenBefore = seenBefore;
        this.messages = messages;
        this.links = links;
    }

    public SeenBeforeView present(PostmortemSnapshot snapshot) {
        CauseCatalogue catalogue = snapshot.causes();
        List<EarlierPostmortemView> earlier = seenBefore.of(snapshot).stream().map(found -> new EarlierPostmortemView(
                found.postmortem().key(), links.issue(found.postmortem().key()), found.postmortem().summary(),
                name(found.cause(), catalogue), messages.text("postmortems.seen-before.progress", found.done(), found.actions()),
                found.effective() + found.ineffective() == 0 ? ""
                        : messages.text("postmortems.seen-before.judged", found.effective(), found.ineffective()))).toList();
        List<SeenBeforeView.CauseSearchView> searches = SeenBefore.comparableCauses(snapshot).stream()
                .flatMap(cause -> WhysPresenter.causeSearch(cause, catalogue).stream().map(jql -> new SeenBeforeView.CauseSearchView(
                        messages.text("postmortems.seen-before.search", name(cause, catalogue)), links.search(jql))))
                .toList();
        return new SeenBeforeView(snapshot.postmortem().key(), earlier, searches);
    }

    private static String name(RootCauseCategory cause, CauseCatalogue catalogue) {
        String category = catalogue.byId(cause.categoryId()).map(CauseCategory::name).orElse("");
        return cause.component().map(component -> category + " / " + component.name()).orElse(category);
    }
}
