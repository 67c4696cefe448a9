package dev.postmortems.jira.domain.timeline;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A key moment of an incident. An entry carries at most one; most entries carry none. */
public enum TimelineTag {
    IMPACT_STARTED("impact-started"),
    DETECTED("detected"),
    MITIGATED("mitigated"),
    RESOLVED("resolved");

    /** One alternation, no nesting: linear in the text. */
    private static final Pattern MOMENT_WORDS = Pattern.compile("\\b(impact\\s+started|detected|mitigated|resolved)\\b",
            Pattern.CASE_INSENSITIVE);

    private final String key;

    TimelineTag(String key) {
        this.key = key;
    }

    /** The tag's name in JSON, templates, scripts and i18n keys. */
    public String key() {
        return key;
    }

    /**
     * The key moment a pasted line's own words propose — "detected", "mitigated", "resolved", "impact started" as
     * whole words, in any letter case — when they name exactly one; none when they name none or several.
     */
    public static Optional<TimelineTag> proposedFor(String text) {
        Matcher words = MOMENT_WORDS.matcher(text);
        TimelineTag proposed = null;
        while (words.find()) {
            TimelineTag named = fromKey(words.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")).orElseThrow();
            if (proposed != null && proposed != named) {
                return Optional.empty();
            }
            proposed = named;
        }
        return Optional.ofNullable(proposed);
    }

    public static Optional<TimelineTag> fromKey(String key) {
        return Arrays.stream(values()).filter(tag -> tag.key.equals(key)).findFirst();
    }
}
