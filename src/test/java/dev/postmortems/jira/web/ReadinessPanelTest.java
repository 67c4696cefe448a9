package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jira.readiness.ReadinessPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelRendering;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.whys.WhysService;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** The Readiness panel as Jira shows it, from the descriptor's context provider and template. */
public class ReadinessPanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final PanelRendering panels = new PanelRendering();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void eachRuleSaysWhetherItIsMetAndWhatIsMissing() {
        Document page = render(VIEWER, app.postmortem());

        assertEquals("0 of 6 ready", page.selectFirst(".postmortem-readiness-summary").text());
        assertEquals(List.of("meeting-scheduled", "timeline-moments", "root-causes", "root-causes-treated", "action-owners", "review-scheduled"),
                page.select(".postmortem-readiness-item").eachAttr("data-rule"));
        assertEquals(List.of("false", "false", "false", "false", "false", "false"), page.select(".postmortem-readiness-item").eachAttr("data-met"));
        assertEquals("No meeting is scheduled yet: set one in the Team panel.", page.select(".postmortem-readiness-detail").get(0).text());
        assertEquals("No action yet.", page.select(".postmortem-readiness-detail").get(4).text());
        assertTrue(page.selectFirst(".postmortem-readiness-ready").hasAttr("hidden"));
        assertTrue(page.select("form, button").isEmpty());
    }

    @Test
    public void hostileCausesAppearAsTextAndNothingInThemRuns() {
        app.as(EDITOR, () -> app.bean(WhysService.class).add(app.postmortem().getKey(), new WhyChainInput(PanelRendering.HOSTILE,
                List.of(new WhyChainInput.WhyStepInput("Why?", "Because.")), false), null).chain());

        Document page = render(EDITOR, app.postmortem());

        assertEquals("Without a root cause: " + PanelRendering.HOSTILE + ".", page.select(".postmortem-readiness-detail").get(2).wholeText());
        PanelRendering.assertInert(page);
    }

    @Test
    public void thePanelRunsTheSameQueriesWithOneOrFiftyActionsAndChains() {
        List<Integer> queries = new ArrayList<>();
        for (int size : new int[] {1, 50}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size);
            List<ActionInput> inputs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                WhyChain chain = app.as(EDITOR, () -> app.bean(WhysService.class).add(postmortem.getKey(), new WhyChainInput("cause",
                        List.of(new WhyChainInput.WhyStepInput("Why?", "Because.")), true), null).chain());
                inputs.add(new ActionInput(null, "action " + i, "corrective", OWNER, "", "", "", "", chain.id()));
            }
            app.as(EDITOR, () -> app.bean(ActionService.class).add(postmortem.getKey(), inputs));
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals("3 of 6 ready", page.selectFirst(".postmortem-readiness-summary").text());
        }
        assertEquals(queries.get(0), queries.get(1));
    }

    private Document render(String user, DoubleIssue issue) {
        return panels.render(app, ReadinessPanelContext.class, "templates/readiness/panel.vm", user, issue);
    }
}
