package dev.postmortems.jira.jira.verdict;

import dev.postmortems.jira.jira.ClosingValidator;
import dev.postmortems.jira.service.verdict.ReviewClosingCheck;

/**
 * A workflow validator for the Postmortem Review workflow's closing transition, "Every action has a verdict": refuses
 * it while the review has not judged an action it has to judge, and names those actions. Other issues pass.
 */
public final class ReviewClosingValidator extends ClosingValidator {
    public ReviewClosingValidator(ReviewClosingCheck closingCheck) {
        super(closingCheck::whatBlocksClosing);
    }
}
