package dev.postmortems.jira.sandbox;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.team.MeetingInput;
import dev.postmortems.jira.domain.team.PostmortemPolicy;
import dev.postmortems.jira.domain.team.StartInput;
import dev.postmortems.jira.domain.timeline.TimelineInput;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WorkedExample;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.team.IncidentNeeds;
import dev.postmortems.jira.service.team.PolicySettings;
import dev.postmortems.jira.service.team.StartService;
import dev.postmortems.jira.service.timeline.TimelineService;
import dev.postmortems.jira.service.whys.WhysService;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's first content: an incident with the worked example of the practice as its complete postmortem,
 * made through the app's own services as the incident team would make it, and a second incident with no
 * postmortem yet, to start one (the project's policy asks for one). The worked example's root cause is sorted as
 * capacity/scale in OPS's Orders database component, so a later postmortem sorted the same way sees it under Seen before.
 */
final class DemoData {
    private DemoData() {
    }

    static void seed(JiraDouble jira, ApplicationContext app, DemoPeople people, Clock clock) {
        Instant outage = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2)).plus(Duration.ofMinutes(12));
        DoubleIssue incident = jira.issues().create(DemoPeople.PROJECT, jira.issueTypes().byName("Bug"), "Shop down: the database locked")
                .describe("Checkout and search failed for 47 minutes; the orders database refused writes.")
                .reportedBy(people.user(DemoPeople.EDITOR).orElseThrow())
                .createdAt(outage.plus(Duration.ofMinutes(4)));
        incident.inStatus("Done", "10000");

        as(jira, people, DemoPeople.EDITOR, () -> {
            String postmortem = app.getBean(StartService.class).start(new StartInput("demo-start", incident.getKey(),
                    DemoPeople.PROJECT, "Postmortem: Shop down, the database locked", DemoPeople.EDITOR,
                    List.of(DemoPeople.EDITOR, DemoPeople.OWNER), true, false)).key();
            TimelineService timeline = app.getBean(TimelineService.class);
            timeline.add(postmortem, new TimelineInput(outage.toString(), "Deploy of the bulk-pricing job to production", "impact-started"), null);
            timeline.add(postmortem, new TimelineInput(outage.plus(Duration.ofMinutes(6)).toString(),
                    "Checkout error rate above 20%; on-call paged", null), null);
            timeline.add(postmortem, new TimelineInput(outage.plus(Duration.ofMinutes(19)).toString(),
                    "Database lock waits found on the orders table", null), null);
            timeline.add(postmortem, new TimelineInput(outage.plus(Duration.ofMinutes(31)).toString(),
                    "Bulk-pricing job stopped; writes recover", "mitigated"), null);
            timeline.add(postmortem, new TimelineInput(outage.plus(Duration.ofMinutes(47)).toString(),
                    "Checkout error rate back to normal", "resolved"), null);

            WhyChain chain = app.getBean(WhysService.class).add(postmortem, WorkedExample.chain(), null).chain();
            // The root cause sorted as the team would: capacity/scale, in the project's Orders database component.
            long ordersDatabase = jira.components().findAllForProject(jira.projects().ensure(DemoPeople.PROJECT).id()).stream()
                    .filter(component -> component.getName().equals("Orders database")).findFirst().orElseThrow().getId();
            chain = app.getBean(dev.postmortems.jira.service.cause.RootCauseSorting.class).categorize(postmortem, chain.id(), chain.revision(),
                    app.getBean(CauseCategoryService.class).catalogue().named("capacity/scale").orElseThrow().id(), ordersDatabase);

            String due = clock.instant().plus(Duration.ofDays(14)).toString().substring(0, 10);
            List<Long> actions = app.getBean(ActionService.class).add(postmortem, List.of(
                    new ActionInput("demo-action-1", "Add a load test for bulk price updates", "corrective", DemoPeople.OWNER,
                            DemoPeople.PROJECT, due, null, null, chain.id(),
                            "A bulk update of 100,000 prices in the load test keeps checkout p99 under 1 s", null),
                    new ActionInput("demo-action-2", "Teach the team about high-scale environments and screen every feature for scale risk",
                            "preventative", DemoPeople.EDITOR, DemoPeople.PROJECT, due, null, null, chain.id(),
                            "Every feature of the next two sprints has a scale-risk note", null)))
                    .stream().map(outcome -> outcome.action().orElseThrow().id()).toList();
            app.getBean(ReviewService.class).schedule(postmortem, new ReviewInput("demo-review", "2w", null, DemoPeople.EDITOR));
            // The review meeting has begun: one verdict given, one still to give.
            long reviewTicket = app.getBean(dev.postmortems.jira.service.review.ReviewStore.class)
                    .reviewsOf(jira.issues().getIssueObject(postmortem).getId()).get(0).ticketId().orElseThrow();
            String review = jira.issues().getIssueObject(reviewTicket).getKey();
            app.getBean(dev.postmortems.jira.service.verdict.VerdictService.class).judge(review, actions.get(0),
                    new dev.postmortems.jira.domain.verdict.VerdictInput("effective",
                            "The load test runs in CI since last week: 100,000 price updates, checkout p99 0.8 s", "", null));
            // The meeting is on the calendar, tomorrow afternoon: its invitation can be downloaded from the Team panel.
            app.getBean(dev.postmortems.jira.service.team.MeetingService.class).schedule(postmortem, new MeetingInput(
                    clock.instant().plus(Duration.ofDays(1)).toString().substring(0, 10), "14:00", 60,
                    "Room Ada \u2014 https://meet.example.com/ops-postmortem", null));
            app.getBean(LessonsService.class).save(postmortem, 0, new LessonsInput(Map.of(
                    "went-wrong", "A bulk job's writes reached production without a load test, and locked the orders table.",
                    "went-right", "The error-rate alert paged on-call within six minutes; stopping the job recovered writes at once.",
                    "lucky", "It happened on a weekday morning, with the team that wrote the job at work.",
                    "unlucky", "The lock waits looked like a network problem at first, which cost twelve minutes.",
                    "prevention", "A rule saying which changes are load tested, and screening each feature for scale risk.")));
            return null;
        });

        // The project's policy: every Bug of Highest priority needs a postmortem. The second incident still waits for
        // its postmortem: the notice shows on it, with Start postmortem and Waive….
        app.getBean(PolicySettings.class).save(DemoPeople.PROJECT, new PostmortemPolicy(Set.of("Bug"), Set.of("Highest")));
        incident.prioritise("1");
        jira.issues().create(DemoPeople.PROJECT, jira.issueTypes().byName("Bug"), "Search results time out")
                .describe("Search requests time out for some customers since this morning.")
                .reportedBy(people.user(DemoPeople.OWNER).orElseThrow())
                .prioritise("1");
        app.getBean(IncidentNeeds.class).scan(DemoPeople.PROJECT);
    }

    private static <T> T as(JiraDouble jira, DemoPeople people, String username, java.util.function.Supplier<T> work) {
        jira.authentication().logIn(people.user(username).orElseThrow());
        try {
            return work.get();
        } finally {
            jira.authentication().logOut();
        }
    }
}
