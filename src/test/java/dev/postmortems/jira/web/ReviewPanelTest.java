package dev.postmortems.jira.web;

import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.jira.review.ReviewPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.review.ReviewService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.web.testing.PanelRendering.SNAPSHOT_STATEMENTS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The Follow-up review panel as Jira shows it, from the descriptor's context provider and template. */
public class ReviewPanelTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> \u202Eevil 🚒";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final JiraVelocity velocity = new JiraVelocity();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
        app.postmortem().assign(app.user(OWNER));
    }

    @Test
    public void withoutAReviewEditorsGetTheFormWithTwoWeeksAndThePostmortemsAssigneeProposed() {
        Document editor = render(EDITOR, app.postmortem());

        assertEquals("No follow-up review is scheduled yet.", editor.selectFirst(".postmortem-review-none").text());
        assertEquals("2w", editor.selectFirst("select[name=interval] option[selected]").attr("value"));
        assertEquals(List.of("1 week", "2 weeks", "1 month", "2 months", "3 months"),
                editor.select("select[name=interval] option").eachText());
        assertEquals(OWNER, editor.selectFirst("input[name=owner]").attr("value"));
        assertEquals("Schedule follow-up review", editor.selectFirst("button[type=submit]").text());
        assertEquals("0 of 0 actions done", editor.selectFirst(".postmortem-review-progress").text());
    }

    @Test
    public void anOverdueReviewSaysBySoManyDaysAndReadersGetNoForm() {
        DoubleIssue ticket = schedule();
        ticket.due(LocalDate.now(ZoneOffset.UTC).minusDays(3));

        Document reader = render(VIEWER, app.postmortem());

        assertEquals(ticket.getKey(), reader.selectFirst("a.postmortem-review-key").text());
        assertEquals("/jira/browse/" + ticket.getKey(), reader.selectFirst("a.postmortem-review-key").attr("href"));
        Element when = reader.selectFirst(".postmortem-review-when");
        assertTrue(when.hasClass("postmortem-review-overdue"));
        assertTrue(when.text(), when.text().endsWith("3 days overdue"));
        assertEquals("Owner: Olivia Owner", reader.selectFirst(".postmortem-review-owner").text());
        assertTrue(reader.select("form, button, input").isEmpty());
        assertEquals("Reschedule the review", render(EDITOR, app.postmortem()).selectFirst("button[type=submit]").text());
    }

    @Test
    public void hostileSummariesAndNamesAppearAsTextAndNothingInThemRuns() {
        DoubleIssue postmortem = app.newPostmortem("Postmortem " + HOSTILE).assign(app.user(OWNER));
        app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(postmortem.getKey(),
                new ReviewInput("req-review-0001", "2w", null, OWNER)));

        Document page = render(EDITOR, postmortem);

        assertEquals("Follow-up review: Postmortem " + HOSTILE, page.selectFirst(".postmortem-review-summary").wholeText());
        assertTrue(page.select("script, img").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(attribute -> assertFalse(attribute.getKey(), attribute.getKey().startsWith("on")));
        }
    }

    @Test
    public void thePanelRunsTheSameQueriesWithOneOrFiftyActions() {
        List<Integer> queries = new java.util.ArrayList<>();
        for (int size : new int[] {1, 50}) {
            DoubleIssue postmortem = app.newPostmortem("size " + size).assign(app.user(OWNER));
            List<dev.postmortems.jira.domain.action.ActionInput> inputs = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                inputs.add(new dev.postmortems.jira.domain.action.ActionInput(null, "action " + i, "corrective", OWNER, "", "", "", "", null));
            }
            app.as(EDITOR, () -> app.bean(dev.postmortems.jira.service.action.ActionService.class).add(postmortem.getKey(), inputs));
            app.as(EDITOR, () -> app.bean(ReviewService.class).schedule(postmortem.getKey(),
                    new ReviewInput("req-review-" + (1000 + size), "2w", null, OWNER)));
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals("0 of " + size + " actions done", page.selectFirst(".postmortem-review-progress").text());
        }
        assertEquals(List.of(SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS), queries);
    }

    private DoubleIssue schedule() {
        String key = app.scheduledReview(EDITOR, app.postmortem().getKey(), new ReviewInput("req-review-0001", "2w", null, OWNER));
        return (DoubleIssue) app.jira().issues().getIssueObject(key);
    }

    private Document render(String user, DoubleIssue issue) {
        return Jsoup.parseBodyFragment(app.as(user, () -> velocity.render("templates/review/panel.vm",
                ((ReviewPanelContext) app.app().context().getAutowireCapableBeanFactory().autowire(ReviewPanelContext.class,
                        AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)).getContextMap(Map.of("issue", issue)))));
    }
}
