package dev.postmortems.jira.domain.whys;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain as typed, before validation. A step may be saved with its answer still empty (the team is asking the
 * question); the chain's root cause needs an answer.
 */
public record WhyChainInput(String problem, List<WhyStepInput> steps, boolean rootCauseMarked) {
    public record WhyStepInput(String question, String answer) {
    }

    /** Each problem with the field it concerns: {@code problem}, {@code steps[2].question}, {@code rootCause}. */
    public record FieldProblem(String field, WhyProblem problem) {
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(problem)) {
            problems.add(new FieldProblem("problem", WhyProblem.PROBLEM_MISSING));
        } else if (problem.length() > WhyProblem.MAX_TEXT_LENGTH) {
            problems.add(new FieldProblem("problem", WhyProblem.PROBLEM_TOO_LONG));
        }
        List<WhyStepInput> given = steps == null ? List.of() : steps;
        if (given.size() > WhyProblem.MAX_STEPS) {
            problems.add(new FieldProblem("steps", WhyProblem.TOO_MANY_STEPS));
            return problems;
        }
        for (int i = 0; i < given.size(); i++) {
            WhyStepInput step = given.get(i) == null ? new WhyStepInput(null, null) : given.get(i);
            if (isBlank(step.question())) {
                problems.add(new FieldProblem("steps[" + i + "].question", WhyProblem.QUESTION_MISSING));
            } else if (step.question().length() > WhyProblem.MAX_TEXT_LENGTH) {
                problems.add(new FieldProblem("steps[" + i + "].question", WhyProblem.QUESTION_TOO_LONG));
            }
            if (step.answer() != null && step.answer().length() > WhyProblem.MAX_TEXT_LENGTH) {
                problems.add(new FieldProblem("steps[" + i + "].answer", WhyProblem.ANSWER_TOO_LONG));
            }
        }
        if (rootCauseMarked && (given.isEmpty() || given.get(given.size() - 1) == null
                || isBlank(given.get(given.size() - 1).answer()))) {
            problems.add(new FieldProblem("rootCause", WhyProblem.ROOT_CAUSE_WITHOUT_ANSWER));
        }
        return List.copyOf(problems);
    }

    /** The problem statement and steps as they will be kept: trimmed of surrounding blanks. */
    public List<WhyStep> validSteps() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("Validate first: " + problems());
        }
        return (steps == null ? List.<WhyStepInput>of() : steps).stream()
                .map(step -> new WhyStep(step.question().strip(), step.answer() == null ? "" : step.answer().strip()))
                .toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
