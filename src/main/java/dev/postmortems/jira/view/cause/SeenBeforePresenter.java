package dev.postmortems.jira.view.cause;

import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.cause.SeenBefore;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;

import java.util.List;

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
        List<EarlierPostmortemView> earlier = seenBefore.of(snapshot.postmortem(), snapshot.chains(), snapshot.today()).stream().map(found -> new EarlierPostmortemView(
                found.postmortem().key(), links.issue(found.postmortem().key()), found.postmortem().summary(),
                CauseTexts.name(found.cause(), catalogue), messages.text("postmortems.seen-before.progress", found.done(), found.actions()),
                found.effective() + found.ineffective() == 0 ? ""
                        : messages.text("postmortems.seen-before.judged", found.effective(), found.ineffective()))).toList();
        List<SeenBeforeView.CauseSearchView> searches = SeenBefore.comparableCauses(snapshot.chains()).stream()
                .flatMap(cause -> CauseTexts.search(cause, catalogue).stream().map(jql -> new SeenBeforeView.CauseSearchView(
                        messages.text("postmortems.seen-before.search", CauseTexts.name(cause, catalogue)), links.search(jql))))
                .toList();
        return new SeenBeforeView(snapshot.postmortem().key(), earlier, searches);
    }
}
