package dev.postmortems.jira.rest.whys;

import dev.postmortems.jira.domain.whys.WhyChainInput;

import java.util.List;

/**
 * A why-chain as sent by a client: the problem statement, the steps in order, whether the last answer is the
 * root cause, and for changes the revision the client loaded.
 */
public record WhyChainJson(String problem, List<Step> steps, Boolean rootCause, Integer revision, String requestId) {
    public record Step(String question, String answer) {
    }

    WhyChainInput input() {
        List<WhyChainInput.WhyStepInput> given = steps == null ? List.of() : steps.stream()
                .map(step -> step == null ? new WhyChainInput.WhyStepInput(null, null)
                        : new WhyChainInput.WhyStepInput(step.question(), step.answer()))
                .toList();
        return new WhyChainInput(problem, given, Boolean.TRUE.equals(rootCause));
    }
}
