package dev.postmortems.jira.view.timeline;

import java.util.List;

/** What a paste would add: each non-blank line, understood or with the reason it was not. */
public record PastePreview(List<Line> lines, int understood, int notUnderstood) {
    /**
     * @param when    the time read, as the person sees times; empty when not understood
     * @param problem why the line was not understood, in the person's language; empty when understood
     * @param tag      the key moment the line's words propose ({@code detected}…), or empty
     * @param tagLabel the same in the person's language
     */
    public record Line(int number, String line, boolean understood, String when, String text, String problem, String tag,
                       String tagLabel) {
    }
}
