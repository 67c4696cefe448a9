package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.jira.action.ActionsPanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.store.testing.Database;
import dev.postmortems.jira.web.JiraVelocity;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;

/**
 * The app's own overhead when actions are created (Jira is the in-memory double, so its cost is nearly nil) and
 * the Actions panel at 100 actions, on PostgreSQL. Not part of the test run:
 * {@code mvn -B test -Dtest=ActionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class ActionsBenchmark {
    private static final int RUNS = 20;

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule(Database.POSTGRESQL);

    @Test
    public void actions() throws Exception {
        PostmortemFixture app = rule.fixture();
        ActionService service = app.bean(ActionService.class);
        StringBuilder table = new StringBuilder()
                .append("| actions in one request | median (ms) | p95 (ms) | per action, median (ms) |\n")
                .append("|---:|---:|---:|---:|\n");
        for (int size : new int[] {1, 10, 50}) {
            double[] millis = new double[RUNS];
            for (int run = -3; run < RUNS; run++) {
                DoubleIssue postmortem = app.newPostmortem("bench " + size + " " + run);
                List<ActionInput> inputs = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    inputs.add(new ActionInput(null, "Action " + i, "corrective", OWNER, "", "2026-12-31", "", "Details", null));
                }
                long start = System.nanoTime();
                app.as(EDITOR, () -> service.add(postmortem.getKey(), inputs));
                if (run >= 0) {
                    millis[run] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(millis);
            table.append(String.format("| %d | %.1f | %.1f | %.2f |%n", size, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1],
                    millis[RUNS / 2] / size));
        }

        DoubleIssue postmortem = app.newPostmortem("panel");
        for (int batch = 0; batch < 2; batch++) {
            List<ActionInput> inputs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                inputs.add(new ActionInput(null, "Action " + i, i % 2 == 0 ? "corrective" : "preventative", OWNER, "", "2026-12-31", "", "", null));
            }
            app.as(EDITOR, () -> service.add(postmortem.getKey(), inputs));
        }
        JiraVelocity velocity = new JiraVelocity();
        ActionsPanelContext panel = (ActionsPanelContext) app.app().context().getAutowireCapableBeanFactory()
                .autowire(ActionsPanelContext.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        double[] render = new double[100];
        for (int run = -30; run < 100; run++) {
            long start = System.nanoTime();
            app.as(EDITOR, () -> velocity.render("templates/action/panel.vm", panel.getContextMap(Map.of("issue", postmortem))));
            if (run >= 0) {
                render[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(render);
        int before = rule.ao().statementsExecuted();
        app.as(EDITOR, () -> velocity.render("templates/action/panel.vm", panel.getContextMap(Map.of("issue", postmortem))));
        int statements = rule.ao().statementsExecuted() - before;
        table.append(String.format("%nActions panel at 100 actions: render median %.2f ms, p95 %.2f ms, %d SQL statements per view%n",
                render[50], render[94], statements));
        System.out.println("\nActions on PostgreSQL\n" + table);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/actions.md"), table);
    }
}
