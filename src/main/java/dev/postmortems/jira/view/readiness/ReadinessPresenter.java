package dev.postmortems.jira.view.readiness;

import dev.postmortems.jira.domain.readiness.Readiness;
import dev.postmortems.jira.domain.readiness.ReadinessItem;
import dev.postmortems.jira.domain.readiness.ReadinessRule;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.readiness.PostmortemReadiness;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;

import java.util.List;

/** Says in the reader's language what each readiness item needs, naming the tickets and causes concerned. */
public final class ReadinessPresenter {
    private final Messages messages;

    public ReadinessPresenter(Messages messages) {
        this.messages = messages;
    }

    public ReadinessView present(PostmortemSnapshot snapshot) {
        Readiness checklist = PostmortemReadiness.of(snapshot);
        List<ReadinessItemView> items = checklist.items().stream().map(item -> new ReadinessItemView(item.rule().key(),
                item.met(), messages.text("postmortems.readiness.rule." + item.rule().key()), detail(item))).toList();
        return new ReadinessView(snapshot.postmortem().key(), checklist.ready(),
                messages.text("postmortems.readiness.summary", checklist.met(), checklist.items().size()), items);
    }

    /** What is missing for an item, or "" when it is met. */
    public String detail(ReadinessItem item) {
        if (item.met()) {
            return "";
        }
        String key = "postmortems.readiness.missing." + item.rule().key();
        if (item.missing().isEmpty()) {
            return messages.text(key + ".none");
        }
        List<String> missing = item.rule() == ReadinessRule.TIMELINE_MOMENTS
                ? item.missing().stream().map(tag -> messages.text("postmortems.timeline.tag." + tag)).toList()
                : item.missing();
        // Causes are sentences of their own, so they are kept apart more clearly than keys and moments.
        boolean causes = item.rule() == ReadinessRule.ROOT_CAUSES || item.rule() == ReadinessRule.ROOT_CAUSES_TREATED;
        return messages.text(key, String.join(causes ? "; " : ", ", missing));
    }
}
