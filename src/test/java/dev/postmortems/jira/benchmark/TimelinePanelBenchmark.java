package dev.postmortems.jira.benchmark;

import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.jira.timeline.TimelinePanelContext;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.view.timeline.TimelinePresenter;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import dev.postmortems.jira.service.timeline.TimelineStore;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import dev.postmortems.jira.web.JiraVelocity;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Timeline panel on PostgreSQL at 10, 100 and 1,000 entries: loading its data (one query, then the view model)
 * and the whole panel (context provider and Velocity rendering), with the SQL statements each view runs.
 * Not part of the test run: {@code mvn -B test -Dtest=TimelinePanelBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class TimelinePanelBenchmark {
    private final Timing timing = new Timing(30, 100);

    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.POSTGRESQL, AppEntities.ALL);

    @Test
    public void timelinePanel() throws Exception {
        try (PostmortemFixture app = new PostmortemFixture(ao.activeObjects())) {
            PostmortemSnapshots snapshots = app.app().context().getBean(PostmortemSnapshots.class);
            TimelinePresenter presenter = app.app().context().getBean(TimelinePresenter.class);
            TimelinePanelContext panel = (TimelinePanelContext) app.app().context().getAutowireCapableBeanFactory()
                    .autowire(TimelinePanelContext.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            JiraVelocity velocity = new JiraVelocity();
            StringBuilder table = new StringBuilder()
                    .append("| entries | data load median (ms) | data load p95 (ms) | panel render median (ms) | panel render p95 (ms) | SQL statements per view |\n")
                    .append("|---:|---:|---:|---:|---:|---:|\n");
            app.jira().authentication().logIn(app.user(PostmortemFixture.EDITOR));
            for (int size : new int[] {10, 100, 1_000}) {
                DoubleIssue postmortem = app.newPostmortem("benchmark " + size);
                app.app().context().getBean(TimelineStore.class).add(postmortem.getId(), drafts(size));
                String key = postmortem.getKey();
                double[] load = timing.time(() -> presenter.present(snapshots.of(key)));
                double[] render = timing.time(() -> velocity.render("templates/timeline/panel.vm", panel.getContextMap(Map.of("issue", postmortem))));
                int before = ao.statementsExecuted();
                velocity.render("templates/timeline/panel.vm", panel.getContextMap(Map.of("issue", postmortem)));
                int statements = ao.statementsExecuted() - before;
                table.append(String.format("| %,d | %.2f | %.2f | %.2f | %.2f | %d |%n", size, load[0], load[1], render[0], render[1], statements));
            }
            System.out.println("\nTimeline panel on PostgreSQL\n" + table);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/benchmarks"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/benchmarks/timeline-panel.md"), table);
        }
    }

    private static List<TimelineEntryDraft> drafts(int size) {
        List<TimelineEntryDraft> drafts = new ArrayList<>();
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < size; i++) {
            TimelineTag tag = i == 0 ? TimelineTag.IMPACT_STARTED : i == size / 2 ? TimelineTag.DETECTED : null;
            drafts.add(new TimelineEntryDraft(start.plusSeconds(30L * i),
                    "Entry " + i + ": the on-call engineer checked the load balancer and the switch logs", Optional.ofNullable(tag)));
        }
        return drafts;
    }
}
