package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jira.readiness.ReadinessPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.whys.WhysService;
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

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Readiness panel as Jira shows it, from the descriptor's context provider and template. */
public class ReadinessPanelTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> \u202Eevil";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final JiraVelocity velocity = new JiraVelocity();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void eachRuleSaysWhetherItIsMetAndWhatIsMissing() {
        Document page = render(VIEWER, app.postmortem());

        assertEquals("0 of 5 ready", page.selectFirst(".postmortem-readiness-summary").text());
        assertEquals(List.of("timeline-moments", "root-causes", "root-causes-treated", "action-owners", "review-scheduled"),
                page.select(".postmortem-readiness-item").eachAttr("data-rule"));
        assertEquals(List.of("false", "false", "false", "false", "false"), page.select(".postmortem-readiness-item").eachAttr("data-met"));
        assertEquals("No action yet.", page.select(".postmortem-readiness-detail").get(3).text());
        assertTrue(page.selectFirst(".postmortem-readiness-ready").hasAttr("hidden"));
        assertTrue(page.select("form, button").isEmpty());
    }

    @Test
    public void hostileCausesAppearAsTextAndNothingInThemRuns() {
        app.as(EDITOR, () -> app.bean(WhysService.class).add(app.postmortem().getKey(), new WhyChainInput(HOSTILE,
                List.of(new WhyChainInput.WhyStepInput("Why?", "Because.")), false)));

        Document page = render(EDITOR, app.postmortem());

        assertEquals("Without a root cause: " + HOSTILE + ".", page.select(".postmortem-readiness-detail").get(1).wholeText());
        assertTrue(page.select("script, img").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
    }

    @Test
    public void thePanelRunsTheSameQueriesWithOneOrFiftyActionsAndChains() {
        List<Integer> queries = new ArrayList<>();
        for (int size : new int[] {1, 50}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size);
            List<ActionInput> inputs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                WhyChain chain = app.as(EDITOR, () -> app.bean(WhysService.class).add(postmortem.getKey(), new WhyChainInput("cause",
                        List.of(new WhyChainInput.WhyStepInput("Why?", "Because.")), true)));
                inputs.add(new ActionInput(null, "action " + i, "corrective", OWNER, "", "", "", "", chain.id()));
            }
            app.as(EDITOR, () -> app.bean(ActionService.class).add(postmortem.getKey(), inputs));
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals("3 of 5 ready", page.selectFirst(".postmortem-readiness-summary").text());
        }
        assertEquals(queries.get(0), queries.get(1));
    }

    private Document render(String user, DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render("templates/readiness/panel.vm",
                ((ReadinessPanelContext) app.app().context().getAutowireCapableBeanFactory().autowire(ReadinessPanelContext.class,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }
}
