package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jira.lessons.LessonsPanelContext;
import dev.postmortems.jira.jira.readiness.ReadinessPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.view.export.ExportService;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import dev.postmortems.jira.web.JiraVelocity;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;

/**
 * What the meeting's features cost on PostgreSQL as a postmortem grows — 1, 10 and 50 causes of five whys, each
 * with an action, and twenty timeline entries: the Lessons and Readiness panels as Jira draws them, and the whole
 * write-up exported as Markdown, with the SQL statements each runs. Not part of the test run:
 * {@code mvn -B test -Dtest=MeetingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class MeetingBenchmark {
    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.POSTGRESQL, AppEntities.ALL);

    private final Timing timing = new Timing(30, 100);

    @Test
    public void meeting() throws Exception {
        try (PostmortemFixture app = new PostmortemFixture(ao.activeObjects())) {
            JiraVelocity velocity = new JiraVelocity();
            LessonsPanelContext lessons = build(app, LessonsPanelContext.class);
            ReadinessPanelContext readiness = build(app, ReadinessPanelContext.class);
            ExportService export = app.bean(ExportService.class);
            StringBuilder table = new StringBuilder("| causes and actions | what | median (ms) | p95 (ms) | SQL statements |\n|---:|---|---:|---:|---:|\n");
            app.jira().authentication().logIn(app.user(EDITOR));
            for (int size : new int[] {1, 10, 50}) {
                DoubleIssue postmortem = fill(app, size);
                Map<String, Object> context = Map.of("issue", postmortem);
                measure(table, size, "Lessons panel", () -> velocity.render("templates/lessons/panel.vm", lessons.getContextMap(context)));
                measure(table, size, "Readiness panel", () -> velocity.render("templates/readiness/panel.vm", readiness.getContextMap(context)));
                measure(table, size, "Markdown write-up", () -> export.export(postmortem.getKey(), "markdown").text());
            }
            System.out.println("\nThe meeting's features on PostgreSQL\n" + table);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/meeting.md"), table);
        }
    }

    private void measure(StringBuilder table, int size, String what, Supplier<String> work) {
        double[] times = timing.time(work::get);
        int before = ao.statementsExecuted();
        work.get();
        table.append(String.format("| %d | %s | %.2f | %.2f | %d |%n", size, what, times[0], times[1], ao.statementsExecuted() - before));
    }

    private static DoubleIssue fill(PostmortemFixture app, int size) {
        DoubleIssue postmortem = app.newPostmortem("benchmark " + size).assign(app.user(OWNER));
        String key = postmortem.getKey();
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < 20; i++) {
            app.bean(TimelineService.class).add(key, new TimelineInput(start.plusSeconds(60L * i).toString(), "Entry " + i,
                    i == 0 ? "detected" : i == 19 ? "resolved" : ""), null);
        }
        List<ActionInput> actions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<WhyChainInput.WhyStepInput> steps = new ArrayList<>();
            for (int step = 0; step < 5; step++) {
                steps.add(new WhyChainInput.WhyStepInput("Why " + step + "?", "Because " + step + "."));
            }
            WhyChain chain = app.bean(WhysService.class).add(key, new WhyChainInput("Cause " + i, steps, true), null).chain();
            actions.add(new ActionInput(null, "Action " + i, i % 2 == 0 ? "corrective" : "preventative", OWNER, "", "", "", "", chain.id()));
        }
        app.bean(ActionService.class).add(key, actions);
        app.bean(ReviewService.class).schedule(key, new ReviewInput(null, "2w", null, OWNER));
        app.bean(LessonsService.class).save(key, 0, new LessonsInput(Map.of("went-wrong", "A lot.", "went-right", "Some.")));
        return postmortem;
    }

    private static <T> T build(PostmortemFixture app, Class<T> type) {
        return type.cast(app.app().context().getAutowireCapableBeanFactory().autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }
}
