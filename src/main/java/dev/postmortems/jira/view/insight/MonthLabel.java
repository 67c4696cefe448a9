package dev.postmortems.jira.view.insight;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a dashboard item names a month in its rows: "Mar 2026", in the viewer's language. */
final class MonthLabel {
    private MonthLabel() {
    }

    static DateTimeFormatter in(Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }
}
