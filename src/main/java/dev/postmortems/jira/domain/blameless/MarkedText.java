package dev.postmortems.jira.domain.blameless;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A text cut into parts at its findings, so a panel can highlight exactly the words found. */
public final class MarkedText {
    /** A run of the text; {@code finding} is present on the words the check found. */
    public record Part(String text, Optional<BlamelessFinding.Kind> finding) {
    }

    private MarkedText() {
    }

    /** @param findings in text order, not overlapping, as {@link BlamelessCheck#check} returns them */
    public static List<Part> split(String text, List<BlamelessFinding> findings) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (BlamelessFinding finding : findings) {
            if (finding.start() > at) {
                parts.add(new Part(text.substring(at, finding.start()), Optional.empty()));
            }
            parts.add(new Part(text.substring(finding.start(), finding.end()), Optional.of(finding.kind())));
            at = finding.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), Optional.empty()));
        }
        return List.copyOf(parts);
    }
}
