package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.jiradouble.PluginDescriptor;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import dev.postmortems.jira.jira.setup.InstalledTypes;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's Postmortem and Postmortem Review workflows, as an administrator would set them up: their Done
 * transition runs every workflow validator the app's descriptor declares (each lets the other's issues pass), built as Jira builds a module's class and called as Jira's workflow calls
 * it. Other issue types have a workflow with no validators.
 */
final class SandboxWorkflow {
    private final List<Validator> validators = new ArrayList<>();
    private final InstalledTypes installedTypes;

    SandboxWorkflow(ApplicationContext app, PluginDescriptor descriptor) {
        this.installedTypes = app.getBean(InstalledTypes.class);
        for (PluginDescriptor.WorkflowValidatorModule module : descriptor.workflowValidators()) {
            try {
                validators.add((Validator) app.getAutowireCapableBeanFactory().autowire(Class.forName(module.validatorClass()),
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The descriptor names a validator the app does not have: " + module.validatorClass(), e);
            }
        }
    }

    /** What keeps the logged-in person from moving the issue to Done; empty when nothing does. */
    List<String> refusals(DoubleIssue issue) {
        if (!installedTypes.isPostmortem(issue) && !installedTypes.isReview(issue)) {
            return List.of();
        }
        List<String> refusals = new ArrayList<>();
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        for (Validator validator : validators) {
            try {
                validator.validate(transientVars, Map.of(), null);
            } catch (InvalidInputException refused) {
                refused.getGenericErrors().forEach(error -> refusals.add(String.valueOf(error)));
            } catch (WorkflowException e) {
                throw new IllegalStateException(e);
            }
        }
        return refusals;
    }
}
