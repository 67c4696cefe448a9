package dev.postmortems.jira.web;

import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.web.testing.FullPostmortem;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.cause.SeenBefore;
import dev.postmortems.jira.service.whys.WhysStore;
import org.jsoup.Jsoup;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * The whole issue view of a postmortem, every panel rendered as Jira renders them in one request: the app reads its
 * tables once each and the tickets in one batch, whatever the postmortem's size, and reads nothing at all for an
 * issue that is not a postmortem.
 */
public class IssueViewTest {
    /**
     * One statement per table the view needs: timeline, why-chains, their steps, actions, lessons, reviews, verdicts,
     * the meeting and the site's cause categories.
     */
    private static final int TABLES = 9;

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
    public void seenBeforeReadsTwoStatementsMoreWhateverTheHistory() {
        long category = app.bean(CauseCategoryService.class).catalogue().named("capacity/scale").orElseThrow().id();
        long component = app.jira().components().add(app.postmortem().getProjectObject().getId(), "Search");
        RootCauseCategory cause = new RootCauseCategory(category, Optional.of(new RootCauseCategory.CauseComponent(component, "Search")));
        WhysStore whys = app.bean(WhysStore.class);
        List<Integer> statements = new ArrayList<>();
        int earlier = 0;
        for (int history : new int[] {1, 40}) {
            for (; earlier < history; earlier++) {
                DoubleIssue before = FullPostmortem.of(app, 1, 1, 2);
                whys.categorize(whys.chainsOf(before.getId()).get(0), Optional.of(cause));
            }
            DoubleIssue postmortem = FullPostmortem.of(app, 10, 2, 3);
            whys.categorize(whys.chainsOf(postmortem.getId()).get(0), Optional.of(cause));
            int before = rule.ao().statementsExecuted();
            List<WebFragments.RenderedPanel> panels = app.as(EDITOR, () -> issueView.panels(postmortem));
            statements.add(rule.ao().statementsExecuted() - before);
            WebFragments.RenderedPanel seen = panels.stream().filter(panel -> panel.key().equals("seen-before-panel")).findFirst()
                    .orElseThrow();
            assertEquals(Math.min(history, SeenBefore.SHOWN), Jsoup.parse(seen.bodyHtml()).select(".postmortem-seen-before-item").size());
        }
        assertEquals(List.of(TABLES + 2, TABLES + 2), statements);
    }

    @Test
    public void everyPanelTogetherReadsEachTableOnceAndTheTicketsInOneBatchWhateverTheSize() {
        List<Integer> statements = new ArrayList<>();
        List<Long> ticketBatches = new ArrayList<>();
        for (int[] size : new int[][] {{1, 1, 1}, {1_000, 20, 100}}) {
            DoubleIssue postmortem = FullPostmortem.of(app, size[0], size[1], size[2]);
            int before = rule.ao().statementsExecuted();
            long batchesBefore = app.jira().issues().batchReads();
            List<WebFragments.RenderedPanel> panels = app.as(EDITOR, () -> issueView.panels(postmortem));
            statements.add(rule.ao().statementsExecuted() - before);
            ticketBatches.add(app.jira().issues().batchReads() - batchesBefore);
            // Every panel but Recurrences, which shows only once the problem came back.
            assertEquals(Set.of("team-panel", "timeline-panel", "whys-panel", "action-panel", "lessons-panel", "review-panel",
                    "readiness-panel"), panels.stream().map(WebFragments.RenderedPanel::key).collect(Collectors.toSet()));
        }
        assertEquals(List.of(TABLES, TABLES), statements);
        assertEquals(List.of(1L, 1L), ticketBatches);
    }

    @Test
    public void anIssueThatIsNotAPostmortemShowsNoPanelAndCostsNoStatement() {
        DoubleIssue incident = app.incident();
        int before = rule.ao().statementsExecuted();
        long batchesBefore = app.jira().issues().batchReads();

        List<WebFragments.RenderedPanel> panels = app.as(EDITOR, () -> issueView.panels(incident));

        assertTrue(panels.isEmpty());
        assertEquals(0, rule.ao().statementsExecuted() - before);
        assertEquals(0L, app.jira().issues().batchReads() - batchesBefore);
    }
}
