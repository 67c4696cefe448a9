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
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.cause.RootCauseSorting;
import dev.postmortems.jira.service.recurrence.RecurrenceInput;
import dev.postmortems.jira.service.recurrence.RecurrenceService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.PolicySettings;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A year of postmortems in project PAY for the dashboard items: two or three incidents a month, each with its
 * timeline's key moments and a root cause sorted into a category and a component, written through the app's own
 * services as the incident team would. Detection and recovery get faster over the year, as for a team that acts on
 * its postmortems; one incident was never marked as mitigated, so its month has no median for that measure; the
 * card gateway's capacity keeps coming back. Each postmortem decided a corrective action (a PAY ticket) and every
 * second one a preventative action too (a ticket of the platform team's project, PLAT), two days after the incident and due two weeks later; most
 * were done, some late, a few never — so Follow-through has months, ages and overdue tickets to show. Postmortems are
 * due a week after they were created and done within it or late; this month's, two of last month's and one opened today are
 * still open; the last two months' have a follow-up review a month on. The card gateway's problem came back two days ago,
 * with an action of its last postmortem still open, and waits for its own postmortem — so the Postmortem pipeline
 * has something in each row. The same every time, relative to the sandbox's clock.
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
        String gatewayLeftOpen = null;
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
                    Instant created = started.plus(Duration.ofDays(2));
                    DoubleIssue postmortem = jira.issues().create(PROJECT, jira.issueTypes().byName("Postmortem"),
                            "Postmortem: " + WHAT.get(made++ % WHAT.size())).createdAt(created)
                            .due(created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(7));
                    jira.events().publish(new IssueEvent(postmortem, EventType.ISSUE_CREATED_ID));
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
                    if (decideActions(jira, app, clock, key, chain.id(), created, made, now) && cause.get(1).equals("Card gateway")) {
                        gatewayLeftOpen = key;
                    }
                    if (ago >= 1 && !(ago == 1 && i >= 1)) {
                        close(jira, app, clock, postmortem, created.plus(Duration.ofDays(made % 3 == 0 ? 12 : 6)), ago <= 2, made);
                    }
                }
            }
            comeBack(jira, app, gatewayLeftOpen, now);
        } finally {
            jira.authentication().logOut();
        }
    }

    /**
     * The postmortem done on the day given (late, past its week, for every third); the last two months' are followed up
     * by a review a month later — some of them overdue by now, the others coming up.
     */
    private static void close(JiraDouble jira, ApplicationContext app, SandboxClock clock, DoubleIssue postmortem, Instant done,
                              boolean reviewed, int made) {
        postmortem.resolve(true, done);
        jira.events().publish(new IssueEvent(postmortem, EventType.ISSUE_RESOLVED_ID));
        if (reviewed) {
            clock.during(done, () -> app.getBean(ReviewService.class).schedule(postmortem.getKey(),
                    new ReviewInput("demo-history-review-" + made, "1m", null, DemoPeople.OWNER)));
        }
    }

    /**
     * The card gateway's problem came back two days ago, while the actions of its last postmortem are still open; PAY's
     * policy asks a postmortem for every Bug of Highest priority, and this one has none yet.
     */
    private static void comeBack(JiraDouble jira, ApplicationContext app, String postmortem, Instant now) {
        app.getBean(PolicySettings.class).save(PROJECT, new PostmortemPolicy(Set.of("Bug"), Set.of("Highest")));
        DoubleIssue incident = jira.issues().create(PROJECT, jira.issueTypes().byName("Bug"), "Card payments declined again")
                .createdAt(now.minus(Duration.ofDays(2))).prioritise("1");
        jira.events().publish(new IssueEvent(incident, EventType.ISSUE_CREATED_ID));
        app.getBean(RecurrenceService.class).mark(new RecurrenceInput(incident.getKey(), postmortem));
        app.getBean(IncidentNeeds.class).scan(PROJECT);
        // Yesterday's incident: its postmortem was opened today, due in five days.
        DoubleIssue fresh = jira.issues().create(PROJECT, jira.issueTypes().byName("Postmortem"), "Postmortem: Refund webhooks delayed")
                .createdAt(now.minus(Duration.ofHours(3))).due(now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(5));
        jira.events().publish(new IssueEvent(fresh, EventType.ISSUE_CREATED_ID));
    }

    /**
     * The postmortem's actions, decided on the day given; done ten days later, or twenty-five (late) for every third
     * postmortem; the last one of each four never done, nor a preventative action after the first of each four.
     */
    /** @return whether an action was left open */
    private static boolean decideActions(JiraDouble jira, ApplicationContext app, SandboxClock clock, String postmortem, long chainId,
                                         Instant decided, int made, Instant now) {
        String due = decided.plus(Duration.ofDays(14)).toString().substring(0, 10);
        List<ActionInput> inputs = new java.util.ArrayList<>(List.of(new ActionInput("demo-history-" + made + "-c",
                "Raise the limit that was reached", "corrective", DemoPeople.OWNER, PROJECT, due, null, null, chainId)));
        if (made % 2 == 0) {
            inputs.add(new ActionInput("demo-history-" + made + "-p", "Alert before the limit is reached", "preventative",
                    DemoPeople.OWNER, DemoPeople.PLATFORM, due, null, null, chainId));
        }
        List<ActionOutcome> outcomes = clock.during(decided, () -> app.getBean(ActionService.class).add(postmortem, inputs));
        boolean leftOpen = false;
        for (ActionOutcome outcome : outcomes) {
            boolean preventative = outcome.action().orElseThrow().kind() == dev.postmortems.jira.domain.action.ActionKind.PREVENTATIVE;
            Instant done = decided.plus(Duration.ofDays(made % 3 == 0 ? 25 : 10));
            boolean neverDone = made % 4 == 3 || preventative && made % 4 != 0;
            if (!neverDone && done.isBefore(now)) {
                DoubleIssue ticket = (DoubleIssue) jira.issues().getIssueObject(outcome.action().orElseThrow().ticketId().orElseThrow());
                ticket.resolve(true, done);
                jira.events().publish(new IssueEvent(ticket, EventType.ISSUE_RESOLVED_ID));
            } else {
                leftOpen = true;
            }
        }
        return leftOpen;
    }
}
