package dev.postmortems.jira.web;

import dev.postmortems.jira.jira.AppLinks;
import dev.postmortems.jira.jira.recurrence.RecurrencePanelContext;
import dev.postmortems.jira.jira.setup.AppLinkType;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelRendering;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertFalse;

/** The recurrence notice as Jira shows it, from the descriptor's context provider and template. */
public class RecurrencePanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final PanelRendering panels = new PanelRendering();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void theNoticeSaysHowOftenAndWhenLastWithEachRecurrenceAndHidesWhatTheReaderMayNotSee() {
        recur(app.postmortem(), incident("OPS", "Checkout down again", "2026-11-25T08:00:00Z"));
        recur(app.postmortem(), incident("SEC", "Secret outage", "2026-11-28T08:00:00Z"));

        Document page = render(VIEWER, app.postmortem());

        assertEquals("The problem came back: recurred 2 times \u2014 last on 25/Nov/26.", page.selectFirst(".title").text());
        assertEquals(List.of("OPS-3 Checkout down again 25/Nov/26", "an issue you may not see"),
                page.select(".postmortem-recurrence-issues li").eachText());
        assertFalse(page.html().contains("Secret outage"));
    }

    @Test
    public void hostileSummariesAppearAsTextAndNothingInThemRuns() {
        recur(app.postmortem(), incident("OPS", PanelRendering.HOSTILE, "2026-11-25T08:00:00Z"));

        Document page = render(VIEWER, app.postmortem());

        assertEquals(PanelRendering.HOSTILE, page.selectFirst(".postmortem-recurrence-summary").wholeText());
        PanelRendering.assertInert(page);
    }

    @Test
    public void theNoticeSaysWhichFixesAReviewHadJudgedToWork() {
        List<Long> actions = app.as(PostmortemFixture.EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class)
                .add(app.postmortem().getKey(), List.of(
                        new dev.postmortems.jira.domain.action.ActionInput(null, "Add a load test", "corrective", PostmortemFixture.OWNER,
                                "", "", "", "", null),
                        new dev.postmortems.jira.domain.action.ActionInput(null, "Write the runbook", "preventative",
                                PostmortemFixture.OWNER, "", "", "", "", null))))
                .stream().map(outcome -> outcome.action().orElseThrow().id()).toList();
        String review = app.scheduledReview(PostmortemFixture.EDITOR, app.postmortem().getKey(),
                new dev.postmortems.jira.domain.review.ReviewInput("req-review-0001", "2w", null, PostmortemFixture.OWNER));
        for (int i = 0; i < 2; i++) {
            String verdict = i == 0 ? "effective" : "ineffective";
            long action = actions.get(i);
            app.as(PostmortemFixture.EDITOR, () -> app.bean(dev.postmortems.jira.service.verdict.VerdictService.class).judge(review, action,
                    new dev.postmortems.jira.domain.verdict.VerdictInput(verdict, "", "", null)));
        }
        assertNull(render(VIEWER, app.postmortem()).selectFirst(".postmortem-recurrence-judged"));

        recur(app.postmortem(), incident("OPS", "Checkout down again", "2026-11-25T08:00:00Z"));

        assertEquals("Judged to work before it came back: OPS-3 (Effective). Review those fixes again.",
                render(VIEWER, app.postmortem()).selectFirst(".postmortem-recurrence-judged").text());
    }

    @Test
    public void thePanelReadsTheSameWhateverTheNumberOfRecurrences() {
        List<List<Long>> reads = new ArrayList<>();
        for (int size : new int[] {1, 30}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size);
            for (int i = 0; i < size; i++) {
                recur(postmortem, incident("OPS", "again " + i, "2026-11-25T08:00:00Z"));
            }
            long links = app.jira().links().reads();
            int statements = rule.ao().statementsExecuted();
            render(VIEWER, postmortem);
            reads.add(List.of(app.jira().links().reads() - links, (long) (rule.ao().statementsExecuted() - statements)));
        }
        // The recurrence links once, and the postmortem's snapshot (for the fixes judged to work): its statements and its
        // read of the action links. On the issue view the snapshot is the one every panel shares.
        long snapshot = dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS;
        assertEquals(List.of(List.of(2L, snapshot), List.of(2L, snapshot)), reads);
    }

    private DoubleIssue incident(String project, String summary, String created) {
        return app.jira().issues().create(project, app.jira().issueTypes().byName("Bug"), summary).createdAt(Instant.parse(created));
    }

    private void recur(DoubleIssue postmortem, DoubleIssue incident) {
        app.bean(AppLinks.class).linkOnce(postmortem.getId(), incident.getId(), AppLinkType.RECURRENCE);
    }

    private Document render(String user, DoubleIssue issue) {
        return panels.render(app, RecurrencePanelContext.class, "templates/recurrence/panel.vm", user, issue);
    }
}
