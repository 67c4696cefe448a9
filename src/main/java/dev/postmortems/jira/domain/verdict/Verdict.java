package dev.postmortems.jira.domain.verdict;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the follow-up review decided about one action: did the fix work? Only a fix judged not effective, or one
 * dropped, stops treating its root cause ({@link ReviewLoop}); a fix not verified yet still counts until it is judged.
 */
public enum Verdict {
    EFFECTIVE("effective"),
    PARTLY("partly"),
    INEFFECTIVE("ineffective"),
    UNVERIFIED("unverified"),
    DROPPED("dropped");

    private final String key;

    Verdict(String key) {
        this.key = key;
    }

    /** The name REST, JQL, templates and scripts use. */
    public String key() {
        return key;
    }

    public static Optional<Verdict> fromKey(String key) {
        return Arrays.stream(values()).filter(verdict -> verdict.key.equals(key)).findFirst();
    }

    /** Whether an action judged so still treats the root cause it addresses. */
    public boolean keepsRootCauseTreated() {
        return this != INEFFECTIVE && this != DROPPED;
    }

    /** Whether the verdict says why, as a dropped action must. */
    public boolean needsReason() {
        return this == DROPPED;
    }
}
