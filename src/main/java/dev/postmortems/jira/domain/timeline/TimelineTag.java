package dev.postmortems.jira.domain.timeline;

import java.util.Arrays;
import java.util.Optional;

/** A key moment of an incident. An entry carries at most one; most entries carry none. */
public enum TimelineTag {
    IMPACT_STARTED("impact-started"),
    DETECTED("detected"),
    MITIGATED("mitigated"),
    RESOLVED("resolved");

    private final String key;

    TimelineTag(String key) {
        this.key = key;
    }

    /** The tag's name in JSON, templates, scripts and i18n keys. */
    public String key() {
        return key;
    }

    public static Optional<TimelineTag> fromKey(String key) {
        return Arrays.stream(values()).filter(tag -> tag.key.equals(key)).findFirst();
    }
}
