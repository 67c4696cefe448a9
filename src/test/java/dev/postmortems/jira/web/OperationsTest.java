package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;

/**
 * The issue operations appear only to those who can use them: Start postmortem to someone who may create a
 * postmortem somewhere, Mark as recurrence to someone who may edit the issue, and neither on the app's own tickets.
 */
public class OperationsTest {
    private static final List<String> BOTH = List.of("postmortem-start", "postmortem-recurrence");

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private WebFragments issueView;

    @Before
    public void start() {
        app = rule.fixture();
        issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
    }

    @Test
    public void onAnIncidentTheEditorGetsBothAndOthersWhatTheyMayDo() {
        assertEquals(BOTH, operations(EDITOR, app.incident()));
        assertEquals("a reader creates nothing and edits nothing", List.of(), operations(VIEWER, app.incident()));
        assertEquals(List.of(), operations(ANONYMOUS, app.incident()));
    }

    @Test
    public void administratorsNarrowWhereTheyAreOfferedAndCheckingReadsNoTableOfTheApp() throws Exception {
        DoubleIssue story = app.jira().issues().create("OPS", app.jira().issueTypes().byName("Task"), "A task");
        assertEquals(BOTH, operations(EDITOR, story));

        dev.postmortems.jira.rest.testing.RestServer.Reply narrowed = app.rest().put(PostmortemFixture.ADMIN, "/config/operations",
                java.util.Map.of("everywhere", false, "projects", List.of("OPS"), "issueTypes", List.of("bug")));
        assertEquals(narrowed.body(), 200, narrowed.status());
        assertEquals(List.of("Bug"), List.of(narrowed.tree().get("issueTypes").get(0).asText()));

        int before = rule.ao().statementsExecuted();
        assertEquals(List.of(), operations(EDITOR, story));
        assertEquals("deciding reads none of the app's tables", before, rule.ao().statementsExecuted());
        assertEquals(BOTH, operations(EDITOR, app.incident()));
    }

    @Test
    public void aScopeThatNamesNothingOrSomethingUnknownIsRefusedAndChangesNothing() throws Exception {
        dev.postmortems.jira.rest.testing.RestServer.Reply empty = app.rest().put(PostmortemFixture.ADMIN, "/config/operations",
                java.util.Map.of("everywhere", false, "projects", List.of(), "issueTypes", List.of()));
        assertEquals(400, empty.status());
        assertEquals("Choose at least a project or an issue type, or offer the operations on every issue.",
                empty.tree().get("errors").get("projects").asText());
        dev.postmortems.jira.rest.testing.RestServer.Reply unknown = app.rest().put(PostmortemFixture.ADMIN, "/config/operations",
                java.util.Map.of("everywhere", false, "projects", List.of("NOPE"), "issueTypes", List.of("Banana")));
        assertEquals(400, unknown.status());
        assertEquals("There is no standard issue type Banana.", unknown.tree().get("errors").get("issueTypes").asText());
        assertEquals(403, app.rest().put(EDITOR, "/config/operations", java.util.Map.of("everywhere", true)).status());
        assertEquals(true, app.rest().get(PostmortemFixture.ADMIN, "/config/operations").tree().get("everywhere").asBoolean());
        assertEquals(BOTH, operations(EDITOR, app.incident()));
    }

    @Test
    public void neverOnThePostmortemItsReviewOrItsActionTickets() {
        PostmortemSnapshot postmortem = app.as(EDITOR, () -> {
            app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(new ActionInput(null, "Fix it", "corrective",
                    OWNER, "", "", "", "", null)));
            app.bean(ReviewService.class).schedule(app.postmortem().getKey(), new ReviewInput(null, "2w", null, OWNER));
            return app.bean(PostmortemSnapshots.class).of(app.postmortem().getKey());
        });
        DoubleIssue action = issue(postmortem.actions().get(0).ticketId().orElseThrow());
        DoubleIssue review = issue(postmortem.reviewTickets().get(0).id());

        assertEquals(List.of(), operations(EDITOR, app.postmortem()));
        assertEquals(List.of(), operations(EDITOR, action));
        assertEquals(List.of(), operations(EDITOR, review));
    }

    @Test
    public void decidingReadsNoneOfTheAppsTables() {
        int before = rule.ao().statementsExecuted();
        operations(EDITOR, app.incident());
        assertEquals(before, rule.ao().statementsExecuted());
    }

    private List<String> operations(String user, DoubleIssue issue) {
        List<WebFragments.Operation> shown = user == null ? issueView.operations(issue, "/jira") // nobody logged in
                : app.as(user, () -> issueView.operations(issue, "/jira"));
        return shown.stream().map(WebFragments.Operation::id).filter(BOTH::contains).toList();
    }

    private DoubleIssue issue(long id) {
        return (DoubleIssue) app.jira().issues().getIssueObject(id);
    }
}
