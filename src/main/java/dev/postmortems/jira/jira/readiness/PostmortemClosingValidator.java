package dev.postmortems.jira.jira.readiness;

import dev.postmortems.jira.jira.ClosingValidator;
import dev.postmortems.jira.service.readiness.ClosingCheck;

/**
 * A workflow validator for the Postmortem workflow's "Done" transition: refuses it while an action ticket has no
 * owner or no follow-up review is scheduled, and says which. Other issues pass.
 */
public final class PostmortemClosingValidator extends ClosingValidator {
    public PostmortemClosingValidator(ClosingCheck closingCheck) {
        super(closingCheck::whatBlocksClosing);
    }
}
