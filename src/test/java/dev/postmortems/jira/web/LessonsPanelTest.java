package dev.postmortems.jira.web;

import com.atlassian.jira.permission.ProjectPermissions;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.jira.lessons.LessonsPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.DoubleUser;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.web.testing.PanelRendering;
import dev.postmortems.jira.service.lessons.LessonsService;
import org.jsoup.nodes.Document;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

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

/** The Lessons panel as Jira shows it, from the descriptor's context provider and template. */
public class LessonsPanelTest {
    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private final PanelRendering panels = new PanelRendering();
    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
        DoubleUser max = app.jira().users().add(new DoubleUser("u-max", "mmuller", "Max Müller", ZoneId.of("UTC")));
        app.jira().permissions().grant(max, "OPS", ProjectPermissions.BROWSE_PROJECTS);
    }

    @Test
    public void theFiveQuestionsShowTheirAnswersAsWrittenAndTheUnansweredOnesSaySo() {
        save(app.postmortem(), Map.of("went-wrong", "Writes were not load tested.\nThe lock held for minutes.",
                "prevention", "A load test before each release."));

        Document editor = render(EDITOR, app.postmortem());

        assertEquals(List.of("What went wrong?", "What went right?", "Where were we lucky?", "Where were we unlucky?",
                "What could have prevented it?"), editor.select("dt").eachText());
        assertEquals("Writes were not load tested.\nThe lock held for minutes.", editor.select("dd").get(0).wholeText());
        assertEquals("Not answered yet.", editor.select("dd").get(1).text());
        assertEquals("2 of 5 questions answered", editor.selectFirst(".postmortem-lessons-summary").text());
        assertEquals("1", editor.selectFirst(".postmortem-lessons").attr("data-revision"));
        assertEquals("Edit answers", editor.selectFirst("button[data-action=edit]").text());
        assertTrue(editor.selectFirst(".postmortem-lessons-blameless").hasAttr("hidden"));
    }

    @Test
    public void aPersonsNameAndBlamingWordsAreMarkedAndExplained() {
        save(app.postmortem(), Map.of("went-wrong", "Max Müller forgot to renew the certificate."));

        Document page = render(VIEWER, app.postmortem());

        assertEquals(List.of("Max Müller", "forgot to"), page.select("dd mark.postmortem-blame").eachText());
        assertFalse(page.selectFirst(".postmortem-lessons-blameless").hasAttr("hidden"));
        assertTrue("readers get no controls", page.select("form, button, textarea").isEmpty());
    }

    @Test
    public void hostileAnswersAppearAsTextAndNothingInThemRuns() {
        save(app.postmortem(), Map.of("lucky", PanelRendering.HOSTILE));

        Document page = render(EDITOR, app.postmortem());

        assertEquals(PanelRendering.HOSTILE, page.select("dd").get(2).wholeText());
        assertEquals(PanelRendering.HOSTILE, page.select("dd").get(2).attr("data-answer"));
        PanelRendering.assertInert(page);
    }

    @Test
    public void thePanelRunsTheSameQueriesWhateverTheLengthOfTheAnswers() {
        List<Integer> queries = new ArrayList<>();
        for (int length : new int[] {10, LessonsInput.MAX_ANSWER_LENGTH}) {
            DoubleIssue postmortem = app.newPostmortem("length " + length);
            save(postmortem, Map.of("went-wrong", "w".repeat(length), "went-right", "r".repeat(length), "lucky", "l".repeat(length),
                    "unlucky", "u".repeat(length), "prevention", "p".repeat(length)));
            int before = rule.ao().statementsExecuted();
            Document page = render(EDITOR, postmortem);
            queries.add(rule.ao().statementsExecuted() - before);
            assertEquals("5 of 5 questions answered", page.selectFirst(".postmortem-lessons-summary").text());
        }
        assertEquals(List.of(SNAPSHOT_STATEMENTS, SNAPSHOT_STATEMENTS), queries);
    }

    private void save(DoubleIssue postmortem, Map<String, String> answers) {
        app.as(EDITOR, () -> app.bean(LessonsService.class).save(postmortem.getKey(), 0, new LessonsInput(answers)));
    }

    private Document render(String user, DoubleIssue issue) {
        return panels.render(app, LessonsPanelContext.class, "templates/lessons/panel.vm", user, issue);
    }
}
