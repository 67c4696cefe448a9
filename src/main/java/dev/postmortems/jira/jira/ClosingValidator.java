package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the app's workflow validators share: refuse the transition with the reasons a check gives, in the closer's
 * language, and let every issue the check has nothing to say about pass (other issue types, an issue being created).
 */
public abstract class ClosingValidator implements Validator {
    private final Function<String, List<String>> whatBlocksClosing;

    protected ClosingValidator(Function<String, List<String>> whatBlocksClosing) {
        this.whatBlocksClosing = whatBlocksClosing;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public final void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Object issue = transientVars.get("issue");
        if (!(issue instanceof Issue closing) || closing.getKey() == null) {
            return; // an issue being created has nothing to check yet
        }
        List<String> blocks = whatBlocksClosing.apply(closing.getKey());
        if (!blocks.isEmpty()) {
            throw new InvalidInputException(String.join(" ", blocks));
        }
    }
}
