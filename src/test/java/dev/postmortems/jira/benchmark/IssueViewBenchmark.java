package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.jiradouble.PluginDescriptor;
import dev.postmortems.jira.jiradouble.WebFragments;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import dev.postmortems.jira.web.testing.FullPostmortem;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.view.IssuePanels;
import dev.postmortems.jira.view.PostmortemPanel;
import dev.postmortems.jira.view.action.ActionsPresenter;
import dev.postmortems.jira.view.lessons.LessonsPresenter;
import dev.postmortems.jira.view.readiness.ReadinessPresenter;
import dev.postmortems.jira.view.review.ReviewPresenter;
import dev.postmortems.jira.view.timeline.TimelinePresenter;
import dev.postmortems.jira.view.whys.WhysPresenter;
import org.junit.Rule;
import org.junit.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private final Timing timing = new Timing(200, 300);

    @Test
    public void issueView() throws Exception {
        try (PostmortemFixture app = new PostmortemFixture(ao.activeObjects())) {
            WebFragments issueView = new WebFragments(PluginDescriptor.read(), app.app().context(), app.jira());
            StringBuilder table = new StringBuilder("| postmortem | panels read | median (ms) | p95 (ms) | SQL statements | ticket batch reads |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
            for (int[] size : new int[][] {{1, 1, 1}, {1_000, 20, 100}}) {
                DoubleIssue postmortem = FullPostmortem.of(app, size[0], size[1], size[2]);
                String name = String.format("%,d entries, %d chains, %d actions", size[0], size[1], size[2]);
                measure(app, table, name, "shared, in one request", () -> app.as(EDITOR, () -> issueView.panels(postmortem)));
                measure(app, table, name, "snapshot and presenters only, no template", () -> app.as(EDITOR, () -> models(app, postmortem)));
                measure(app, table, name, "each panel alone",
                        () -> app.as(EDITOR, () -> issueView.panelsEachInItsOwnRequest(postmortem)));
                // What a script asks after a change: one panel rendered again (the REST resource's work).
                for (PostmortemPanel panel : List.of(PostmortemPanel.TIMELINE, PostmortemPanel.READINESS)) {
                    measure(app, table, name, "the " + panel.feature() + " panel rendered again",
                            () -> app.as(EDITOR, () -> app.jira().requests().inRequest(
                                    () -> app.bean(IssuePanels.class).html(panel, postmortem.getKey()))));
                }
            }
            System.out.println("\nThe issue view on PostgreSQL\n" + table);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/issue-view.md"), table);
        }
    }

    /** What the panels' context providers compute, without Velocity: the snapshot read and every projection of it. */
    private static List<Object> models(PostmortemFixture app, DoubleIssue postmortem) {
        PostmortemSnapshot snapshot = app.bean(PostmortemSnapshots.class).of(postmortem.getKey());
        return List.of(app.bean(TimelinePresenter.class).present(snapshot), app.bean(WhysPresenter.class).present(snapshot),
                app.bean(ActionsPresenter.class).present(snapshot, app.bean(ActionService.class).form(snapshot.postmortem())),
                app.bean(LessonsPresenter.class).present(snapshot), app.bean(ReviewPresenter.class).present(snapshot),
                app.bean(ReadinessPresenter.class).present(snapshot));
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
