package dev.postmortems.jira.rest.timeline;

import dev.postmortems.jira.service.timeline.PasteInput;

/** Many timeline lines at once: the text, and the date and zone for lines that carry none. */
public record PasteJson(String text, String date, String zone, String requestId) {
    PasteInput input() {
        return new PasteInput(text, date, zone);
    }
}
