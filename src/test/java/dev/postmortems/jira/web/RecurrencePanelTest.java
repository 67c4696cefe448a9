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
    public void thePanelReadsTheLinksOnceAndNoTableWhateverTheNumberOfRecurrences() {
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
        assertEquals(List.of(List.of(1L, 0L), List.of(1L, 0L)), reads);
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
