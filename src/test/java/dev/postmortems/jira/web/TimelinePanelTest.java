package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.jira.PostmortemIssueCondition;
import dev.postmortems.jira.jira.timeline.TimelinePanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.timeline.TimelineService;
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
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Timeline panel as Jira shows it: condition, context provider and template, from the descriptor's classes. */
public class TimelinePanelTest {
    private static final String TEMPLATE = "templates/timeline/panel.vm";
    private static final List<String> HOSTILE = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(document.cookie)",
            "' onmouseover='alert(1)",
            "\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "🚒🔥 $timeline #set($x = 1) ${x}",
            "</td></tr></tbody></table><form action=//evil>");

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private final JiraVelocity velocity = new JiraVelocity();

    @Before
    public void start() throws Exception {
        app = rule.fixture();
    }


    @Test
    public void hostileTextAppearsAsTextAndNothingInItRuns() {
        for (String text : HOSTILE) {
            addAs(EDITOR, "2026-11-20T10:00:00Z", text, "detected");
        }

        Document page = Jsoup.parseBodyFragment(render(EDITOR, app.postmortem()));

        List<String> shown = page.select(".postmortem-timeline-text").eachText();
        assertEquals(HOSTILE.size(), shown.size());
        for (String text : HOSTILE) {
            assertTrue("shown as written: " + text, page.select(".postmortem-timeline-text").stream()
                    .anyMatch(cell -> cell.wholeText().equals(text)));
        }
        assertTrue(page.select("script, img, iframe").isEmpty());
        assertEquals(1, page.select("form.postmortem-timeline-add").size());
        assertTrue(page.select("form[action]").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey(), attribute.getKey().startsWith("on"));
                assertFalse(attribute.getValue(), attribute.getValue().toLowerCase().startsWith("javascript:"));
            });
        }
    }

    @Test
    public void namesInTheTimelineAreNotReported_theTimelineIsWhereTheyBelong() {
        app.jira().users().add(new dev.postmortems.jira.jiradouble.DoubleUser("u-max", "mmuller", "Max Müller",
                java.time.ZoneId.of("UTC")));
        app.jira().permissions().grant(app.jira().users().getUserByKey("u-max"), "OPS",
                com.atlassian.jira.permission.ProjectPermissions.BROWSE_PROJECTS);
        addAs(EDITOR, "2026-11-20T10:53:00Z", "Max Müller rebooted the switch; @mmuller forgot to page", "");

        Document page = Jsoup.parseBodyFragment(render(EDITOR, app.postmortem()));

        assertTrue(page.select("mark").isEmpty());
        assertEquals("Max Müller rebooted the switch; @mmuller forgot to page", page.selectFirst(".postmortem-timeline-text").text());
    }

    @Test
    public void editorsGetTheFormsAndReadersDoNot() {
        addAs(EDITOR, "2026-11-20T10:00:00Z", "fact", "");

        Document editor = Jsoup.parseBodyFragment(render(EDITOR, app.postmortem()));
        Document viewer = Jsoup.parseBodyFragment(render(VIEWER, app.postmortem()));

        assertEquals("true", editor.selectFirst(".postmortem-timeline").attr("data-editable"));
        assertEquals(1, editor.select("button[data-action=edit]").size());
        assertEquals(1, editor.select("form.postmortem-timeline-add").size());
        assertEquals(1, editor.select("details.postmortem-timeline-paste").size());
        assertEquals("false", viewer.selectFirst(".postmortem-timeline").attr("data-editable"));
        assertTrue(viewer.select("button, form, details").isEmpty());
        assertEquals("fact", viewer.selectFirst(".postmortem-timeline-text").text());
    }

    @Test
    public void entriesShowOldestFirstWithTimesInTheViewersZoneAndTheZoneNamed() {
        addAs(EDITOR, "2026-11-20T11:00:00Z", "second", "");
        addAs(EDITOR, "2026-11-20T10:00:00Z", "first", "impact-started");

        Document viewer = Jsoup.parseBodyFragment(render(VIEWER, app.postmortem()));

        assertEquals(List.of("first", "second"), viewer.select(".postmortem-timeline-text").eachText());
        assertTrue(viewer.selectFirst(".postmortem-timeline-when").text().contains("5:00"));
        assertTrue(viewer.selectFirst(".postmortem-timeline-when").text().endsWith("EST"));
        assertEquals("2026-11-20T10:00:00Z", viewer.selectFirst("time").attr("datetime"));
        assertEquals("Impact started", viewer.selectFirst(".postmortem-timeline-tag").text());
        assertTrue(viewer.selectFirst(".postmortem-timeline-zone").text().contains("America/New_York"));
    }

    @Test
    public void anEmptyTimelineSaysHowToStart() {
        Document page = Jsoup.parseBodyFragment(render(EDITOR, app.postmortem()));

        assertFalse(page.selectFirst(".postmortem-timeline-empty").hasAttr("hidden"));
        assertTrue(page.selectFirst(".postmortem-timeline-warnings").hasAttr("hidden"));
    }

    @Test
    public void thePanelAsksForItsScriptAndStyles() {
        render(VIEWER, app.postmortem());

        assertEquals(List.of("dev.postmortems.jira:timeline-resources"), app.jira().pageBuilder().required());
    }

    @Test
    public void theConditionShowsThePanelOnPostmortemsOnlyAndReadsNoTable() {
        PostmortemIssueCondition condition = build(PostmortemIssueCondition.class);
        int before = rule.ao().statementsExecuted();

        assertTrue(condition.shouldDisplay(Map.of("issue", app.postmortem())));
        assertFalse(condition.shouldDisplay(Map.of("issue", app.incident())));
        assertFalse(condition.shouldDisplay(Map.of()));
        assertEquals(0, rule.ao().statementsExecuted() - before);
    }

    @Test
    public void thePanelRunsTheSameQueriesAt1And100And1000Entries() {
        List<Integer> queries = new ArrayList<>();
        for (int size : new int[] {1, 100, 1_000}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size);
            app.jira().authentication().logIn(app.user(EDITOR));
            TimelineService service = app.app().context().getBean(TimelineService.class);
            for (int i = 0; i < size; i++) {
                service.add(postmortem.getKey(), new TimelineInput("2026-11-20T10:00:00Z", "fact " + i, ""), null);
            }
            int before = rule.ao().statementsExecuted();
            String html = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals(size, Jsoup.parseBodyFragment(html).select(".postmortem-timeline-text").size());
        }
        assertEquals(List.of(SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS), queries);
    }

    private String render(String user, DoubleIssue issue) {
        return app.as(user, () -> velocity.render(TEMPLATE, build(TimelinePanelContext.class).getContextMap(Map.of("issue", issue))));
    }

    private void addAs(String user, String at, String text, String tag) {
        app.as(user, () -> app.bean(TimelineService.class).add(app.postmortem().getKey(), new TimelineInput(at, text, tag), null));
    }

    /** As Jira builds a descriptor's classes: by constructor, from the app's Spring context. */
    private <T> T build(Class<T> type) {
        return type.cast(app.app().context().getAutowireCapableBeanFactory()
                .autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }
}
