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
    REVIEW("review");

    private final String feature;

    PostmortemPanel(String feature) {
        this.feature = feature;
    }

    public static Optional<PostmortemPanel> named(String feature) {
        return Arrays.stream(values()).filter(panel -> panel.feature.equals(feature)).findFirst();
    }

    public String feature() {
        return feature;
    }

    /** The web panel's key in the app's descriptor. */
    public String moduleKey() {
        return feature + "-panel";
    }
}
