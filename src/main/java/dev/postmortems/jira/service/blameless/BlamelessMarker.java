package dev.postmortems.jira.service.blameless;

import dev.postmortems.jira.domain.blameless.BlamelessFinding;
import dev.postmortems.jira.domain.blameless.MarkedText;
import dev.postmortems.jira.service.Messages;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Cuts a text into the parts a panel shows, the words the blameless check found marked and explained. */
public final class BlamelessMarker {
    private final Messages messages;

    public BlamelessMarker(Messages messages) {
        this.messages = messages;
    }

    /** The text's parts; adds the number of findings to {@code count}. */
    public List<MarkedPart> marked(String text, BlamelessService.Checker checker, AtomicInteger count) {
        List<BlamelessFinding> findings = checker.check(text);
        count.addAndGet(findings.size());
        return MarkedText.split(text, findings).stream().map(part -> part.finding()
                .map(kind -> new MarkedPart(part.text(), kind.name().toLowerCase(Locale.ROOT),
                        messages.text("postmortems.blameless.finding." + kind.name().toLowerCase(Locale.ROOT))))
                .orElseGet(() -> new MarkedPart(part.text(), "", ""))).toList();
    }
}
