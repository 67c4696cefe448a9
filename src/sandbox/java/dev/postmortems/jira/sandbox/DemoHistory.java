package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.service.timeline.TimelineService;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A year of postmortems in project PAY for the dashboard items: two or three incidents a month, each with its
 * timeline's key moments, written through the app's own timeline service as the incident team would. Detection and
 * recovery get faster over the year, as for a team that acts on its postmortems; one incident was never marked as
 * mitigated, so its month has no median for that measure. The same every time, relative to the sandbox's clock.
 */
final class DemoHistory {
    static final String PROJECT = "PAY";
    private static final List<String> WHAT = List.of("Card payments declined", "Refunds stuck in the queue",
            "Payment page slow", "Webhook deliveries failed", "Settlement report late");

    private DemoHistory() {
    }

    static void seed(JiraDouble jira, ApplicationContext app, DemoPeople people, Clock clock) {
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        int made = 0;
        jira.authentication().logIn(people.user(DemoPeople.EDITOR).orElseThrow());
        try {
            TimelineService timeline = app.getBean(TimelineService.class);
            for (int ago = 11; ago >= 0; ago--) {
                YearMonth month = thisMonth.minusMonths(ago);
                for (int i = 0; i < 2 + ago % 2; i++) {
                    Instant started = month.atDay(3 + 9 * i).atTime(9 + i, 15).toInstant(ZoneOffset.UTC);
                    if (started.isAfter(now.minus(Duration.ofDays(1)))) {
                        continue; // this month's later incidents have not happened yet
                    }
                    Duration detect = Duration.ofMinutes(8 + 3L * ago + 4L * i);
                    Duration mitigate = detect.plusMinutes(15 + 4L * ago);
                    Duration resolve = mitigate.plusMinutes(20 + 7L * ago + 5L * i);
                    DoubleIssue postmortem = jira.issues().create(PROJECT, jira.issueTypes().byName("Postmortem"),
                            "Postmortem: " + WHAT.get(made++ % WHAT.size())).createdAt(started.plus(Duration.ofDays(2)));
                    String key = postmortem.getKey();
                    timeline.add(key, new TimelineInput(started.toString(), "Error rate rises", "impact-started"), null);
                    timeline.add(key, new TimelineInput(started.plus(detect).toString(), "On-call paged", "detected"), null);
                    if (!(ago == 5 && i == 1)) {
                        timeline.add(key, new TimelineInput(started.plus(mitigate).toString(), "Traffic moved away", "mitigated"), null);
                    }
                    timeline.add(key, new TimelineInput(started.plus(resolve).toString(), "Back to normal", "resolved"), null);
                }
            }
        } finally {
            jira.authentication().logOut();
        }
    }
}
