package dev.postmortems.jira.view;

import java.util.Arrays;
import java.util.Optional;

/**
 * The panels of a Postmortem's issue view that its scripts render again after a change, by their feature's name:
 * each is the descriptor's web panel of that key (where it sits on the page is the descriptor's to say).
 */
public enum PostmortemPanel {
    TEAM("team"),
    TIMELINE("timeline"),
    WHYS("whys"),
    ACTION("action"),
    LESSONS("lessons"),
    READINESS("readiness"),
    REVIEW("review"),
    /** On the Postmortem Review ticket, not the postmortem: the review meeting's verdicts. */
    VERDICT("verdict");

    private final String feature;

    PostmortemPanel(String feature) {
        this.feature = feature;
    }

    /** A panel of the Postmortem's own issue view, by its feature's name; the review ticket's panel is not one. */
    public static Optional<PostmortemPanel> named(String feature) {
        return Arrays.stream(values()).filter(panel -> panel != VERDICT && panel.feature.equals(feature)).findFirst();
    }

    public String feature() {
        return feature;
    }

    /** The web panel's key in the app's descriptor. */
    public String moduleKey() {
        return feature + "-panel";
    }
}
