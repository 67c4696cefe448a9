package dev.postmortems.jira.domain.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A verdict as someone gave it at the review, before validation.
 *
 * @param verdict  a {@link Verdict} key
 * @param evidence what shows it, or blank
 * @param reason   why the action was dropped; required for {@link Verdict#DROPPED}, ignored otherwise
 * @param replaces the id of the verdict this review had for the action when the editor began, or null when it had
 *                 none: a verdict given meanwhile by someone else makes the edit stale rather than lost
 */
public record VerdictInput(String verdict, String evidence, String reason, Long replaces) {
    public List<VerdictProblem> problems() {
        List<VerdictProblem> problems = new ArrayList<>();
        Optional<Verdict> known = Verdict.fromKey(verdict);
        if (known.isEmpty()) {
            problems.add(VerdictProblem.VERDICT_UNKNOWN);
        }
        if (known.filter(Verdict::needsReason).isPresent() && stripped(reason).isEmpty()) {
            problems.add(VerdictProblem.REASON_MISSING);
        } else if (stripped(reason).length() > VerdictProblem.MAX_TEXT_LENGTH) {
            problems.add(VerdictProblem.REASON_TOO_LONG);
        }
        if (stripped(evidence).length() > VerdictProblem.MAX_TEXT_LENGTH) {
            problems.add(VerdictProblem.EVIDENCE_TOO_LONG);
        }
        return List.copyOf(problems);
    }

    public Verdict validVerdict() {
        return Verdict.fromKey(verdict).orElseThrow();
    }

    public String validEvidence() {
        return stripped(evidence);
    }

    /** The reason, kept only for a verdict that asks for one. */
    public String validReason() {
        return validVerdict().needsReason() ? stripped(reason) : "";
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
