package dev.postmortems.jira.jira.readiness;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dev.postmortems.jira.service.readiness.ClosingCheck;

import java.util.List;
import java.util.Map;

/**
 * A workflow validator for the Postmortem workflow's "Done" transition: refuses it while an action ticket has no
 * owner or no follow-up review is scheduled, and says which. Other issues pass.
 */
public final class PostmortemClosingValidator implements Validator {
    private final ClosingCheck closingCheck;

    public PostmortemClosingValidator(ClosingCheck closingCheck) {
        this.closingCheck = closingCheck;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object issue = transientVars.get("issue");
        if (!(issue instanceof Issue postmortem) || postmortem.getKey() == null) {
            return; // an issue being created has no postmortem content to check
        }
        List<String> blocks = closingCheck.whatBlocksClosing(postmortem.getKey());
        if (!blocks.isEmpty()) {
            throw new InvalidInputException(String.join(" ", blocks));
        }
    }
}
