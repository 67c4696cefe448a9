package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jira.action.ActionTicketPanelContext;
import dev.postmortems.jira.jiradouble.DoubleDateTimeFormatters;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.service.whys.WhysService;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OUTSIDER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The panel on an action ticket: the ticket says where it comes from, in words, to whoever may read it. */
public class ActionTicketPanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final PanelRendering panels = new PanelRendering();
    private PostmortemFixture app;
    private WebFragments issueView;

    @Before
    public void start() {
        app = rule.fixture();
        issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
    }

    @Test
    public void theTicketNamesItsPostmortemKindRootCauseWithItsWhysAndTheReview() {
        DoubleIssue ticket = action("OPS", "Too many writes at once.", "Why did the database lock?", "corrective");
        app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(app.postmortem().getKey(),
                new ReviewInput(null, "2w", null, OWNER)));

        Document page = render(OWNER, ticket);

        assertEquals(app.postmortem().getKey() + " Postmortem: Checkout down", page.selectFirst(".postmortem-action-ticket-postmortem").text());
        assertTrue(page.selectFirst(".postmortem-action-ticket-postmortem a").attr("href").endsWith("/browse/" + app.postmortem().getKey()));
        assertEquals("Corrective", page.selectFirst(".postmortem-action-ticket-kind").text());
        assertEquals("Too many writes at once.", page.selectFirst(".postmortem-action-ticket-root-cause").text());
        assertEquals("Checkout went down", page.selectFirst(".postmortem-action-ticket-problem").text());
        assertEquals(List.of("Why did the database lock?"), page.select(".postmortem-action-ticket-question").eachText());
        var review = app.as(EDITOR, () -> app.bean(PostmortemSnapshots.class).of(app.postmortem().getKey())).reviewTickets().get(0);
        assertTrue(page.selectFirst(".postmortem-action-ticket-review").text()
                .startsWith("Due " + DoubleDateTimeFormatters.shown(review.dueDate().orElseThrow())));
    }

    @Test
    public void aReaderWhoMayNotSeeThePostmortemLearnsOnlyItsKey() {
        DoubleIssue ticket = action("DEV", "A secret root cause.", "Why?", "preventative");
        app.jira().permissions().grant(app.user(OUTSIDER), "DEV", ProjectPermissions.BROWSE_PROJECTS);

        Document page = render(OUTSIDER, ticket);

        assertEquals(app.postmortem().getKey() + " (a postmortem you may not see)",
                page.selectFirst(".postmortem-action-ticket-postmortem").text());
        assertFalse(page.html().contains("secret"));
        assertFalse(page.html().contains("Checkout"));
        assertNull(page.selectFirst(".postmortem-action-ticket-kind"));
    }

    @Test
    public void hostileCausesAndAnswersAreShownAsText() {
        DoubleIssue ticket = action("OPS", PanelRendering.HOSTILE, PanelRendering.HOSTILE, "corrective");

        Document page = render(VIEWER, ticket);

        assertEquals(PanelRendering.HOSTILE, page.selectFirst(".postmortem-action-ticket-root-cause").wholeText());
        assertEquals(PanelRendering.HOSTILE, page.selectFirst(".postmortem-action-ticket-question").wholeText());
        PanelRendering.assertInert(page);
    }

    @Test
    public void onlyActionTicketsShowThePanelAndDecidingReadsNoTableOfTheApp() {
        DoubleIssue ticket = action("OPS", "Too many writes at once.", "Why?", "corrective");
        int before = rule.ao().statementsExecuted();
        assertEquals(List.of(), panelKeys(app.incident()));
        assertEquals("deciding where the panel shows reads none of the app's tables", before, rule.ao().statementsExecuted());
        assertFalse(panelKeys(app.postmortem()).contains("action-ticket-panel"));
        assertEquals(List.of("action-ticket-panel"), panelKeys(ticket));
    }

    private List<String> panelKeys(DoubleIssue issue) {
        return app.as(VIEWER, () -> issueView.panels(issue)).stream().map(WebFragments.RenderedPanel::key).toList();
    }

    /** A cause with one why down to its root cause, and an action addressing it in that project. */
    private DoubleIssue action(String project, String rootCause, String question, String kind) {
        return app.as(EDITOR, () -> {
            long chain = app.bean(WhysService.class).add(app.postmortem().getKey(), new WhyChainInput("Checkout went down",
                    List.of(new WhyChainInput.WhyStepInput(question, rootCause)), true), null).chain().id();
            app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(new ActionInput(null, "Fix it", kind, OWNER,
                    project, "", "", "", chain)));
            long ticketId = app.bean(PostmortemSnapshots.class).of(app.postmortem().getKey()).actions().get(0).ticketId().orElseThrow();
            return (DoubleIssue) app.jira().issues().getIssueObject(ticketId);
        });
    }

    private Document render(String user, DoubleIssue ticket) {
        return panels.render(app, ActionTicketPanelContext.class, "templates/action/ticket-panel.vm", user, ticket);
    }
}
