package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.domain.whys.WhyChainInput.WhyStepInput;
import dev.postmortems.jira.jira.whys.WhysPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.whys.WhysService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The 5 Whys panel as Jira shows it, from the descriptor's context provider and template. */
public class WhysPanelTest {
    private static final String TEMPLATE = "templates/whys/panel.vm";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final JiraVelocity velocity = new JiraVelocity();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
    }

    @Test
    public void theWorkedExampleReadsInOrderWithItsRootCause() {
        add(app.postmortem(), "The application went down", List.of(
                step("Why did the application go down?", "The database became locked."),
                step("Why did it lock?", "Too many database writes."),
                step("Why so many writes?", "The risk was not foreseen, so the change was not load tested."),
                step("Why was it not load tested?", "There is no development process saying when to load test."),
                step("Why is there no such process?", "We are reaching new levels of scale and never needed one.")), true);

        Document page = render(VIEWER, app.postmortem());

        assertEquals("The application went down", page.selectFirst(".postmortem-whys-problem").text());
        List<String> answers = page.select(".postmortem-whys-answer").eachText();
        assertEquals(5, answers.size());
        assertEquals("The database became locked.", answers.get(0));
        assertEquals("We are reaching new levels of scale and never needed one.", answers.get(4));
        Element last = page.select(".postmortem-whys-step").last();
        assertEquals(1, last.select(".postmortem-whys-root-cause").size());
        assertEquals(1, page.select(".postmortem-whys-root-cause").size());
        assertEquals("untreated", page.selectFirst(".postmortem-whys-status").attr("data-status"));
        assertTrue(page.select(".postmortem-whys-hint").isEmpty());
        assertEquals("1 cause · 0 root causes treated · 1 untreated", page.selectFirst(".postmortem-whys-summary").text());
    }

    @Test
    public void fewerThanFiveWhysGetAGentleHintAndAChainWithoutRootCauseShowsOpen() {
        add(app.postmortem(), "Found early", List.of(step("Why?", "Because.")), true);
        add(app.postmortem(), "Still digging", List.of(step("Why?", "")), false);

        Document page = render(VIEWER, app.postmortem());

        assertEquals(1, page.select(".postmortem-whys-hint").size());
        assertEquals(List.of("untreated", "open"), page.select(".postmortem-whys-status").eachAttr("data-status"));
    }

    @Test
    public void wordsThatPointAtPeopleAreMarkedAndExplained() {
        add(app.postmortem(), "Max Müller forgot to renew the certificate", List.of(), false);

        Document page = render(VIEWER, app.postmortem());

        assertEquals(List.of("Max Müller", "forgot to"), page.select(".postmortem-whys-problem mark").eachText());
        assertEquals(List.of("person", "phrase"), page.select(".postmortem-whys-problem mark").eachAttr("data-finding"));
        assertFalse(page.selectFirst(".postmortem-whys-blameless").hasAttr("hidden"));
        assertEquals("Max Müller forgot to renew the certificate", page.selectFirst(".postmortem-whys-problem").text());
    }

    @Test
    public void hostileTextAppearsAsTextAndNothingInItRuns() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> javascript:alert(3) \u202Eevil 🚒 $whys";
        add(app.postmortem(), hostile, List.of(step(hostile, hostile)), true);

        Document page = render(EDITOR, app.postmortem());

        assertEquals(hostile, page.selectFirst(".postmortem-whys-problem").wholeText());
        assertEquals(hostile, page.selectFirst(".postmortem-whys-question").wholeText());
        assertEquals(hostile, page.selectFirst(".postmortem-whys-step").attr("data-answer"));
        assertTrue(page.select("script, img").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
    }

    @Test
    public void readersGetNoControls() {
        add(app.postmortem(), "p", List.of(), false);

        assertTrue(render(VIEWER, app.postmortem()).select("button").isEmpty());
        assertEquals(5, render(EDITOR, app.postmortem()).select("button").size());
    }

    @Test
    public void thePanelRunsTheSameQueriesAt1ChainAnd50ChainsOf10Steps() {
        List<Integer> queries = new ArrayList<>();
        for (int chains : new int[] {1, 50}) {
            DoubleIssue postmortem = app.newPostmortem("size " + chains);
            List<WhyStepInput> steps = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                steps.add(step("Why " + i + "?", "Because " + i));
            }
            for (int c = 0; c < chains; c++) {
                add(postmortem, "cause " + c, steps, true);
            }
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals(chains, page.select(".postmortem-whys-chain").size());
        }
        assertEquals(List.of(SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS), queries);
    }

    private void add(DoubleIssue postmortem, String problem, List<WhyStepInput> steps, boolean rootCause) {
        app.as(EDITOR, () -> app.bean(WhysService.class).add(postmortem.getKey(), new WhyChainInput(problem, steps, rootCause), null).chain());
    }

    private Document render(String user, DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render(TEMPLATE,
                ((WhysPanelContext) app.app().context().getAutowireCapableBeanFactory().autowire(WhysPanelContext.class,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }

    private static WhyStepInput step(String question, String answer) {
        return new WhyStepInput(question, answer);
    }
}
