package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.jira.action.ActionsPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Actions panel as Jira shows it, from the descriptor's context provider and template. */
public class ActionsPanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final JiraVelocity velocity = new JiraVelocity();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void hostileSummariesAppearAsTextAndNothingInThemRuns() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> javascript:alert(3) \u202Eevil 🚒";
        add(app.postmortem(), hostile, 1);

        Document page = render(EDITOR, app.postmortem());

        assertEquals(hostile, page.selectFirst(".postmortem-actions-title").wholeText());
        assertTrue(page.select("script, img").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
        assertEquals("/jira/browse/" + page.selectFirst(".postmortem-actions-key").text(),
                page.selectFirst("a.postmortem-actions-key").attr("href"));
    }

    @Test
    public void readersSeeTheActionsButNoWayToChangeThem() {
        add(app.postmortem(), "fix", 1);

        Document reader = render(VIEWER, app.postmortem());

        assertEquals(1, reader.select(".postmortem-actions-table tbody tr").size());
        assertTrue(reader.select("form, button").isEmpty());
        assertEquals("1 action · 0 done · 0 overdue", reader.selectFirst(".postmortem-actions-summary").text());
    }

    @Test
    public void thePanelRunsTheSameQueriesAndJiraCallsAt1And100Actions() {
        List<Integer> queries = new ArrayList<>();
        List<Long> linkReads = new ArrayList<>();
        for (int actions : new int[] {1, 100}) {
            DoubleIssue postmortem = app.newPostmortem("size " + actions);
            add(postmortem, "action", actions);
            int before = rule.ao().statementsExecuted();
            long linksBefore = app.jira().links().reads();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            linkReads.add(app.jira().links().reads() - linksBefore);
            assertEquals(actions, page.select(".postmortem-actions-table tbody tr").size());
        }
        assertEquals(List.of(SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS), queries);
        assertEquals(List.of(1L, 1L), linkReads);
    }

    private void add(DoubleIssue postmortem, String summary, int count) {
        List<ActionInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(new ActionInput(null, summary, i % 2 == 0 ? "corrective" : "preventative", OWNER, "", "", "", "", null));
        }
        for (int from = 0; from < inputs.size(); from += 50) {
            List<ActionInput> batch = inputs.subList(from, Math.min(inputs.size(), from + 50));
            app.as(EDITOR, () -> app.bean(ActionService.class).add(postmortem.getKey(), batch));
        }
    }

    private Document render(String user, DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render("templates/action/panel.vm",
                ((ActionsPanelContext) app.app().context().getAutowireCapableBeanFactory().autowire(ActionsPanelContext.class,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }
}
