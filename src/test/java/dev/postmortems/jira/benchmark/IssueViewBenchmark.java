package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.sandbox.PluginDescriptor;
import dev.postmortems.jira.sandbox.WebFragments;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import dev.postmortems.jira.web.testing.FullPostmortem;
import org.junit.Rule;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;

/**
 * A postmortem's whole issue view on PostgreSQL — every panel rendered as Jira renders them — for a postmortem with
 * 1,000 timeline entries, 20 why-chains of 5 steps, 100 actions, every question answered and a review. <em>Shared</em>
 * renders the panels in one request, where they share one snapshot (what Jira does); <em>each panel alone</em>
 * renders the same panels outside a request, so each reads its own snapshot, as every panel read its own data
 * before the read model. Not part of the test run:
 * {@code mvn -B test -Dtest=IssueViewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class IssueViewBenchmark {
    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.POSTGRESQL, AppEntities.ALL);

    private final Timing timing = new Timing(30, 100);

    @Test
    public void issueView() throws Exception {
        try (PostmortemFixture app = new PostmortemFixture(ao.activeObjects())) {
            WebFragments issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
            StringBuilder table = new StringBuilder("| postmortem | panels read | median (ms) | p95 (ms) | SQL statements | ticket batch reads |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
            app.jira().authentication().logIn(app.user(EDITOR));
            for (int[] size : new int[][] {{1, 1, 1}, {1_000, 20, 100}}) {
                DoubleIssue postmortem = FullPostmortem.of(app, size[0], size[1], size[2]);
                String name = String.format("%,d entries, %d chains, %d actions", size[0], size[1], size[2]);
                measure(app, table, name, "shared, in one request", () -> issueView.panels(postmortem));
                measure(app, table, name, "each panel alone", () -> issueView.panelsEachInItsOwnRequest(postmortem));
            }
            System.out.println("\nThe issue view on PostgreSQL\n" + table);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/issue-view.md"), table);
        }
    }

    private void measure(PostmortemFixture app, StringBuilder table, String name, String how, Supplier<?> work) {
        double[] times = timing.time(work::get);
        int before = ao.statementsExecuted();
        long batches = app.jira().issues().batchReads();
        work.get();
        table.append(String.format("| %s | %s | %.2f | %.2f | %d | %d |%n", name, how, times[0], times[1],
                ao.statementsExecuted() - before, app.jira().issues().batchReads() - batches));
    }
}
