package dev.postmortems.jira.view;

import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.service.Messages;

import java.time.Duration;
import java.util.Locale;

/**
 * A measure's name and a duration as the reader sees them ("Time to resolve", "47 min", "2 h 5 min", "1 d 3 h"), the
 * same in the Timeline panel and the Detection and recovery gadget.
 */
public final class DurationTexts {
    private final Messages messages;

    public DurationTexts(Messages messages) {
        this.messages = messages;
    }

    /** The key templates, scripts and JSON use: {@code time-to-resolve}. */
    public static String key(Measure measure) {
        return measure.words().replace(' ', '-').toLowerCase(Locale.ROOT);
    }

    public String label(Measure measure) {
        return messages.text("postmortems.timeline.measure." + key(measure));
    }

    public String text(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes >= 24 * 60) {
            return messages.text("postmortems.timeline.duration.days-hours", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return messages.text("postmortems.timeline.duration.hours-minutes", minutes / 60, minutes % 60);
        }
        return messages.text("postmortems.timeline.duration.minutes", minutes);
    }
}
