package dev.postmortems.jira.domain.whys;

import java.util.Objects;

/** One "why?" and its answer ("Why did the database lock?" — "Too many writes"). */
public record WhyStep(String question, String answer) {
    public WhyStep {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
