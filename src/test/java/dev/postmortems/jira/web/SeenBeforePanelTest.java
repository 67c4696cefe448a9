package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.domain.cause.RootCauseCategory;
import dev.postmortems.jira.domain.verdict.Verdict;
import dev.postmortems.jira.domain.whys.WhyStep;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionStore;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.whys.WhysStore;
import dev.postmortems.jira.web.testing.FullPostmortem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** "Seen before" as rendered on the issue view: earlier postmortems with the same cause, only those the reader may see. */
public class SeenBeforePanelTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)> {{x}} $i18n ]]>";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private WebFragments issueView;
    private WhysStore whys;
    private RootCauseCategory searchChange;

    @Before
    public void start() {
        app = rule.fixture();
        issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
        whys = app.bean(WhysStore.class);
        long change = app.bean(CauseCategoryService.class).catalogue().named("change").orElseThrow().id();
        long search = app.jira().components().add(app.postmortem().getProjectObject().getId(), "Search");
        searchChange = new RootCauseCategory(change, Optional.of(new RootCauseCategory.CauseComponent(search, "Search")));
    }

    @Test
    public void earlierPostmortemsWithTheSameCauseShowTheirActionsAndVerdicts_hiddenOnesAreLeftOut() {
        DoubleIssue earlier = FullPostmortem.of(app, 3, 1, 2);
        sort(earlier);
        List<ActionRecord> actions = app.bean(ActionStore.class).actionsOf(earlier.getId());
        ((DoubleIssue) app.jira().issues().getIssueObject(actions.get(0).ticketId().orElseThrow())).resolve(true);
        app.bean(ActionStore.class).mirrorVerdicts(earlier.getId(), Map.of(actions.get(0).id(), Verdict.EFFECTIVE), Set.of());
        // Sorted before it was moved to a project the viewer cannot browse.
        DoubleIssue moved = app.jira().issues().create("SEC", app.postmortem().getIssueType(), HOSTILE);
        whys.categorize(whys.add(moved.getId(), "Down", List.of(new WhyStep("Why?", "A change")), true), Optional.of(searchChange));
        DoubleIssue unrelated = FullPostmortem.of(app, 1, 1, 0);
        whys.categorize(whys.chainsOf(unrelated.getId()).get(0), Optional.of(new RootCauseCategory(searchChange.categoryId(),
                Optional.empty())));
        DoubleIssue now = FullPostmortem.of(app, 1, 1, 0);
        sort(now);

        Document viewer = seenBefore(VIEWER, now);

        List<Element> items = viewer.select(".postmortem-seen-before-item");
        assertEquals(1, items.size());
        assertEquals(earlier.getKey(), items.get(0).attr("data-key"));
        assertEquals("change / Search", items.get(0).selectFirst(".postmortem-seen-before-cause").text());
        assertEquals("1 of 2 actions done", items.get(0).selectFirst(".postmortem-seen-before-progress").text());
        assertEquals("Fixes judged effective: 1, not effective: 0", items.get(0).selectFirst(".postmortem-seen-before-judged").text());
        String search = URLDecoder.decode(viewer.selectFirst(".postmortem-seen-before-searches a").attr("href")
                .replaceFirst("^.*\\?jql=", ""), StandardCharsets.UTF_8);
        assertEquals("issue in postmortemsByCause(\"change\", \"Search\")", search);

        app.jira().permissions().grant(app.user(VIEWER), "SEC", ProjectPermissions.BROWSE_PROJECTS);
        Document granted = seenBefore(VIEWER, now);
        assertEquals(List.of(moved.getKey(), earlier.getKey()), granted.select(".postmortem-seen-before-item").eachAttr("data-key"));
        Element hostile = granted.selectFirst(".postmortem-seen-before-summary");
        assertEquals(HOSTILE, hostile.text());
        assertTrue(hostile.select("img").isEmpty());
    }

    @Test
    public void theFirstPostmortemWithACauseSaysSo_andOneWithoutAComponentShowsNoPanel() {
        DoubleIssue first = FullPostmortem.of(app, 1, 1, 0);
        sort(first);
        assertEquals(1, seenBefore(EDITOR, first).select(".postmortem-seen-before-none").size());

        DoubleIssue withoutComponent = FullPostmortem.of(app, 1, 1, 0);
        whys.categorize(whys.chainsOf(withoutComponent.getId()).get(0), Optional.of(new RootCauseCategory(searchChange.categoryId(),
                Optional.empty())));
        assertFalse(app.as(EDITOR, () -> issueView.panels(withoutComponent)).stream()
                .anyMatch(panel -> panel.key().equals("seen-before-panel")));
    }

    @Test
    public void hostileCategoryAndComponentNamesAreInertInFiveWhysAndSeenBefore() {
        String hostile = dev.postmortems.jira.web.testing.PanelRendering.HOSTILE.substring(0, 60);
        app.as(PostmortemFixture.ADMIN, () -> app.bean(CauseCategoryService.class).rename(searchChange.categoryId(), hostile));
        long component = app.jira().components().add(app.postmortem().getProjectObject().getId(), hostile);
        RootCauseCategory cause = new RootCauseCategory(searchChange.categoryId(),
                Optional.of(new RootCauseCategory.CauseComponent(component, hostile)));
        DoubleIssue earlier = FullPostmortem.of(app, 1, 1, 0);
        whys.categorize(whys.chainsOf(earlier.getId()).get(0), Optional.of(cause));
        DoubleIssue now = FullPostmortem.of(app, 1, 1, 0);
        whys.categorize(whys.chainsOf(now.getId()).get(0), Optional.of(cause));

        List<WebFragments.RenderedPanel> panels = app.as(EDITOR, () -> issueView.panels(now));

        for (String key : List.of("whys-panel", "seen-before-panel")) {
            Document panel = Jsoup.parse(panels.stream().filter(rendered -> rendered.key().equals(key)).findFirst().orElseThrow().bodyHtml());
            dev.postmortems.jira.web.testing.PanelRendering.assertInert(panel);
            assertTrue(key, panel.text().contains(hostile + " / " + hostile));
        }
    }

    private void sort(DoubleIssue postmortem) {
        whys.categorize(whys.chainsOf(postmortem.getId()).get(0), Optional.of(searchChange));
    }

    private Document seenBefore(String user, DoubleIssue postmortem) {
        return Jsoup.parse(app.as(user, () -> issueView.panels(postmortem)).stream()
                .filter(panel -> panel.key().equals("seen-before-panel")).findFirst().orElseThrow().bodyHtml());
    }
}
