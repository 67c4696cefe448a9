package dev.postmortems.jira.jira.readiness;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.review.ReviewService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/**
 * The validator an admin adds to the Postmortem workflow's Done transition, built from the app's Spring context as
 * Jira builds a module's class, and called as Jira's workflow calls it, with the issue in the transient variables.
 */
public class PostmortemClosingValidatorTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void aPostmortemWithoutAReviewAndWithAnUnownedActionIsRefusedWithBoth() {
        DoubleIssue ticket = addAction();
        ticket.assign(null);

        assertEquals(List.of("Every action needs an owner before the postmortem is done; these have none: " + ticket.getKey()
                + ". Schedule the follow-up review before the postmortem is done."), refusal(app.postmortem()));
    }

    @Test
    public void aPostmortemWhoseActionsHaveOwnersAndWhoseReviewIsScheduledMayBeDone() throws Exception {
        addAction();
        assertEquals(List.of("Schedule the follow-up review before the postmortem is done."), refusal(app.postmortem()));

        app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(app.postmortem().getKey(),
                new ReviewInput("req-review-0001", "2w", null, OWNER)));

        validateAs(EDITOR, app.postmortem());
    }

    @Test
    public void otherIssuesAndIssuesBeingCreatedPass() throws Exception {
        validateAs(EDITOR, app.incident());
        app.jira().authentication().logIn(app.user(EDITOR));
        try {
            validator().validate(new HashMap<>(), Map.of(), null);
        } finally {
            app.jira().authentication().logOut();
        }
    }

    @Test
    public void theDescriptorDeclaresTheValidatorWithAFactoryThatHasNothingToConfigure() {
        assertEquals(List.of(new PluginDescriptor.WorkflowValidatorModule("postmortem-closing-validator",
                        PostmortemClosingValidator.class.getName()), new PluginDescriptor.WorkflowValidatorModule(
                        "review-closing-validator", dev.postmortems.jira.jira.verdict.ReviewClosingValidator.class.getName())),
                PluginDescriptor.read().workflowValidators());
        PostmortemClosingValidatorFactory factory = (PostmortemClosingValidatorFactory) app.app().context()
                .getAutowireCapableBeanFactory().autowire(PostmortemClosingValidatorFactory.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        assertEquals(Map.of(), factory.getDescriptorParams(Map.of("ignored", "x")));
        assertEquals("Only if every action of the postmortem has an owner and a follow-up review is scheduled.",
                new dev.postmortems.jira.web.JiraVelocity().render("templates/readiness/validator-view.vm",
                        new HashMap<>(factory.getVelocityParams("view", null))).strip());
    }

    private DoubleIssue addAction() {
        long id = app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(new ActionInput(
                "req-action-0001", "Add a load test", "corrective", OWNER, "", "", "", "", null)))).get(0)
                .action().orElseThrow().ticketId().orElseThrow();
        return (DoubleIssue) app.jira().issues().getIssueObject(id);
    }

    @SuppressWarnings("unchecked")
    private List<String> refusal(DoubleIssue issue) {
        try {
            validateAs(EDITOR, issue);
        } catch (InvalidInputException refused) {
            return (List<String>) refused.getGenericErrors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        fail("the transition was not refused");
        return null;
    }

    private void validateAs(String user, DoubleIssue issue) throws Exception {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        app.jira().authentication().logIn(app.user(user));
        try {
            validator().validate(transientVars, Map.of(), null);
        } finally {
            app.jira().authentication().logOut();
        }
    }

    private Validator validator() {
        return (Validator) app.app().context().getAutowireCapableBeanFactory()
                .autowire(PostmortemClosingValidator.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }
}
