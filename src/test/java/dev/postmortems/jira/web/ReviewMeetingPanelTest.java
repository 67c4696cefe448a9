package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.verdict.VerdictInput;
import dev.postmortems.jira.jira.verdict.ReviewMeetingPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.verdict.VerdictService;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The review ticket's meeting panel, rendered by Jira's Velocity from the descriptor's context provider. */
public class ReviewMeetingPanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final PanelRendering panels = new PanelRendering();
    private PostmortemFixture app;
    private long action;
    private DoubleIssue review;

    @Before
    public void start() {
        app = rule.fixture();
        action = app.as(EDITOR, () -> app.bean(ActionService.class).add(app.postmortem().getKey(), List.of(new ActionInput(null,
                PanelRendering.HOSTILE, "corrective", OWNER, "", "", "", "", null, PanelRendering.HOSTILE, null))))
                .get(0).action().orElseThrow().id();
        review = (DoubleIssue) app.jira().issues().getIssueObject(app.scheduledReview(EDITOR, app.postmortem().getKey(),
                new ReviewInput("req-review-0001", "2w", null, OWNER)));
    }

    @Test
    public void hostileSummariesChecksEvidenceAndReasonsAreShownAsText() {
        app.as(EDITOR, () -> app.bean(VerdictService.class).judge(review.getKey(), action,
                new VerdictInput("dropped", PanelRendering.HOSTILE, PanelRendering.HOSTILE, null)));

        Document page = render(VIEWER);

        assertEquals(PanelRendering.HOSTILE, page.selectFirst(".postmortem-verdicts-title").wholeText());
        assertEquals(PanelRendering.HOSTILE, page.selectFirst(".postmortem-verdicts-success-check").wholeText());
        assertEquals("Evidence: " + PanelRendering.HOSTILE, page.selectFirst(".postmortem-verdicts-evidence").wholeText());
        assertEquals("Why it was dropped: " + PanelRendering.HOSTILE, page.selectFirst(".postmortem-verdicts-reason").wholeText());
        PanelRendering.assertInert(page);
    }

    @Test
    public void readersSeeTheVerdictsWithoutFormsAndEditorsOfTheReviewGetThem() {
        Document reader = render(VIEWER);
        assertEquals("No verdict yet", reader.selectFirst(".postmortem-verdicts-verdict .postmortem-verdicts-none").text());
        assertNull(reader.selectFirst("form"));
        assertNull(reader.selectFirst("button"));

        Document editor = render(EDITOR);
        assertNotNull(editor.selectFirst("#postmortem-verdict-form"));
        assertEquals("Give verdict", editor.selectFirst("button[data-action=judge]").text());
        assertEquals(List.of("effective", "partly", "ineffective", "unverified", "dropped"),
                editor.select("#postmortem-verdict-verdict option").eachAttr("value"));
    }

    @Test
    public void onlyReviewTicketsShowThePanelAndDecidingReadsNoTableOfTheApp() {
        WebFragments issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
        int before = rule.ao().statementsExecuted();
        List<String> onIncident = app.as(VIEWER, () -> issueView.panels(app.incident())).stream().map(WebFragments.RenderedPanel::key).toList();
        assertEquals(before, rule.ao().statementsExecuted());
        assertFalse(onIncident.contains("verdict-panel"));
        assertFalse(app.as(VIEWER, () -> issueView.panels(app.postmortem())).stream().map(WebFragments.RenderedPanel::key).toList()
                .contains("verdict-panel"));
        assertTrue(app.as(VIEWER, () -> issueView.panels(review)).stream().map(WebFragments.RenderedPanel::key).toList()
                .contains("verdict-panel"));
    }

    private Document render(String user) {
        return panels.render(app, ReviewMeetingPanelContext.class, "templates/verdict/panel.vm", user, review);
    }
}
