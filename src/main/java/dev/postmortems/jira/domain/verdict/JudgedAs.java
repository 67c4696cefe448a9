package dev.postmortems.jira.domain.verdict;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a search asks of an action's latest verdict: one of the verdicts, or {@code unreviewed} (no review judged it
 * yet). The words are the verdicts' keys, so {@code postmortemActions("OPS-12", "ineffective")} reads as the panel does.
 */
public enum JudgedAs {
    EFFECTIVE(Verdict.EFFECTIVE),
    PARTLY(Verdict.PARTLY),
    INEFFECTIVE(Verdict.INEFFECTIVE),
    UNVERIFIED(Verdict.UNVERIFIED),
    DROPPED(Verdict.DROPPED),
    UNREVIEWED(null);

    private final Verdict verdict;

    JudgedAs(Verdict verdict) {
        this.verdict = verdict;
    }

    /** The verdict asked for; empty for {@link #UNREVIEWED}. */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    public String key() {
        return verdict == null ? "unreviewed" : verdict.key();
    }

    public static Optional<JudgedAs> fromKey(String key) {
        return Arrays.stream(values()).filter(judged -> judged.key().equals(key)).findFirst();
    }
}
