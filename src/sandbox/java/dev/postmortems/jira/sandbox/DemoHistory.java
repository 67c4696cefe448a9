package dev.postmortems.jira.sandbox;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.cause.RootCauseSorting;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A year of postmortems in project PAY for the dashboard items: two or three incidents a month, each with its
 * timeline's key moments and a root cause sorted into a category and a component, written through the app's own
 * services as the incident team would. Detection and recovery get faster over the year, as for a team that acts on
 * its postmortems; one incident was never marked as mitigated, so its month has no median for that measure; the
 * card gateway's capacity keeps coming back. Each postmortem decided a corrective action (a PAY ticket) and every
 * second one a preventative action too (an OPS ticket), two days after the incident and due two weeks later; most
 * were done, some late, a few never — so Follow-through has months, ages and overdue tickets to show. The same every
 * time, relative to the sandbox's clock.
 */
final class DemoHistory {
    static final String PROJECT = "PAY";
    private static final List<String> WHAT = List.of("Card payments declined", "Refunds stuck in the queue",
            "Payment page slow", "Webhook deliveries failed", "Settlement report late");
    /** Each incident's root cause, in turn: category and component; capacity at the card gateway comes back most. */
    private static final List<List<String>> CAUSES = List.of(List.of("capacity/scale", "Card gateway"),
            List.of("change", "Refunds"), List.of("capacity/scale", "Card gateway"), List.of("dependency", "Webhooks"),
            List.of("configuration", "Card gateway"));

    private DemoHistory() {
    }

    static void seed(JiraDouble jira, ApplicationContext app, DemoPeople people, SandboxClock clock) {
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        int made = 0;
        jira.authentication().logIn(people.user(DemoPeople.EDITOR).orElseThrow());
        try {
            TimelineService timeline = app.getBean(TimelineService.class);
            WhysService whys = app.getBean(WhysService.class);
            RootCauseSorting sorting = app.getBean(RootCauseSorting.class);
            CauseCatalogue catalogue = app.getBean(CauseCategoryService.class).catalogue();
            long pay = jira.projects().ensure(PROJECT).id();
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
                    List<String> cause = CAUSES.get(made % CAUSES.size());
                    DoubleIssue postmortem = jira.issues().create(PROJECT, jira.issueTypes().byName("Postmortem"),
                            "Postmortem: " + WHAT.get(made++ % WHAT.size())).createdAt(started.plus(Duration.ofDays(2)));
                    String key = postmortem.getKey();
                    timeline.add(key, new TimelineInput(started.toString(), "Error rate rises", "impact-started"), null);
                    timeline.add(key, new TimelineInput(started.plus(detect).toString(), "On-call paged", "detected"), null);
                    if (!(ago == 5 && i == 1)) {
                        timeline.add(key, new TimelineInput(started.plus(mitigate).toString(), "Traffic moved away", "mitigated"), null);
                    }
                    timeline.add(key, new TimelineInput(started.plus(resolve).toString(), "Back to normal", "resolved"), null);
                    WhyChain chain = whys.add(key, new WhyChainInput(WHAT.get((made - 1) % WHAT.size()), List.of(
                            new WhyChainInput.WhyStepInput("Why did it happen?", "The " + cause.get(1) + " reached a limit nobody watched.")),
                            true), null).chain();
                    long component = jira.components().findAllForProject(pay).stream()
                            .filter(found -> found.getName().equals(cause.get(1))).findFirst().orElseThrow().getId();
                    sorting.categorize(key, chain.id(), chain.revision(), catalogue.named(cause.get(0)).orElseThrow().id(), component);
                    decideActions(jira, app, clock, key, chain.id(), started.plus(Duration.ofDays(2)), made, now);
                }
            }
        } finally {
            jira.authentication().logOut();
        }
    }

    /**
     * The postmortem's actions, decided on the day given; done ten days later, or twenty-five (late) for every third
     * postmortem; the last one of each four never done, nor a preventative action after the first of each four.
     */
    private static void decideActions(JiraDouble jira, ApplicationContext app, SandboxClock clock, String postmortem, long chainId,
                                      Instant decided, int made, Instant now) {
        String due = decided.plus(Duration.ofDays(14)).toString().substring(0, 10);
        List<ActionInput> inputs = new java.util.ArrayList<>(List.of(new ActionInput("demo-history-" + made + "-c",
                "Raise the limit that was reached", "corrective", DemoPeople.OWNER, PROJECT, due, null, null, chainId)));
        if (made % 2 == 0) {
            inputs.add(new ActionInput("demo-history-" + made + "-p", "Alert before the limit is reached", "preventative",
                    DemoPeople.OWNER, DemoPeople.PROJECT, due, null, null, chainId));
        }
        List<ActionOutcome> outcomes = clock.during(decided, () -> app.getBean(ActionService.class).add(postmortem, inputs));
        for (ActionOutcome outcome : outcomes) {
            boolean preventative = outcome.action().orElseThrow().kind() == dev.postmortems.jira.domain.action.ActionKind.PREVENTATIVE;
            Instant done = decided.plus(Duration.ofDays(made % 3 == 0 ? 25 : 10));
            boolean neverDone = made % 4 == 3 || preventative && made % 4 != 0;
            if (!neverDone && done.isBefore(now)) {
                DoubleIssue ticket = (DoubleIssue) jira.issues().getIssueObject(outcome.action().orElseThrow().ticketId().orElseThrow());
                ticket.resolve(true, done);
                jira.events().publish(new IssueEvent(ticket, EventType.ISSUE_RESOLVED_ID));
            }
        }
    }
}
