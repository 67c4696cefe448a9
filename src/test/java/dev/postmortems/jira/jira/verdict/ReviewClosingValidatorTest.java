package dev.postmortems.jira.jira.verdict;

import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.verdict.VerdictInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.verdict.VerdictService;
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
 * "Every action has a verdict", on the Postmortem Review workflow's closing transition: built from the app's Spring
 * context as Jira builds a module's class, called as Jira's workflow calls it.
 */
public class ReviewClosingValidatorTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private List<Long> actions;
    private DoubleIssue review;

    @Before
    public void start() {
        app = rule.fixture();
        actions = app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(
                new ActionInput(null, "Add a load test", "corrective", OWNER, "", "", "", "", null),
                new ActionInput(null, "Write the runbook", "preventative", OWNER, "", "", "", "", null))))
                .stream().map(outcome -> outcome.action().orElseThrow().id()).toList();
        review = (DoubleIssue) app.jira().issues().getIssueObject(app.scheduledReview(EDITOR, app.postmortem().getKey(),
                new ReviewInput("req-review-0001", "2w", null, OWNER)));
    }

    @Test
    public void aReviewIsRefusedUntilEveryActionHasAVerdictAndTheMessageNamesThoseWithout() throws Exception {
        assertEquals(List.of("Give every action a verdict before closing the review. Still without one: OPS-3, OPS-4."), refusal());

        judge(actions.get(0), "effective");
        assertEquals(List.of("Give every action a verdict before closing the review. Still without one: OPS-4."), refusal());

        judge(actions.get(1), "dropped");
        validateAs(review);
    }

    @Test
    public void postmortemsIncidentsAndIssuesBeingCreatedPass() throws Exception {
        validateAs(app.postmortem());
        validateAs(app.incident());
        validator().validate(new HashMap<>(), Map.of(), null);
    }

    private void judge(long actionId, String verdict) {
        app.as(EDITOR, () -> app.bean(VerdictService.class).judge(review.getKey(), actionId,
                new VerdictInput(verdict, "", "dropped".equals(verdict) ? "Retired with the old checkout" : "", null)));
    }

    @SuppressWarnings("unchecked")
    private List<String> refusal() {
        try {
            validateAs(review);
        } catch (InvalidInputException refused) {
            return (List<String>) refused.getGenericErrors();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        fail("the transition was not refused");
        return null;
    }

    private void validateAs(DoubleIssue issue) throws Exception {
        Map<String, Object> transientVars = new HashMap<>();
        transientVars.put("issue", issue);
        app.jira().authentication().logIn(app.user(EDITOR));
        try {
            validator().validate(transientVars, Map.of(), null);
        } finally {
            app.jira().authentication().logOut();
        }
    }

    private Validator validator() {
        return (Validator) app.app().context().getAutowireCapableBeanFactory()
                .autowire(ReviewClosingValidator.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }
}
