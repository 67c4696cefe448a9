package dev.postmortems.jira.web.testing;

import dev.postmortems.jira.domain.action.ActionInput;
import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.domain.review.ReviewInput;
import dev.postmortems.jira.domain.timeline.TimelineEntryDraft;
import dev.postmortems.jira.domain.timeline.TimelineTag;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.domain.whys.WhyChainInput;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.service.lessons.LessonsService;
import dev.postmortems.jira.service.review.ReviewService;
import dev.postmortems.jira.service.timeline.TimelineStore;
import dev.postmortems.jira.service.whys.WhysService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.OWNER;

/**
 * A postmortem with something in every panel — timeline entries, why-chains of five steps that each reach a root
 * cause, actions addressing them, every question answered and a review scheduled — made through the app's services
 * as the editor, for tests and benchmarks that look at the whole issue view.
 */
public final class FullPostmortem {
    private FullPostmortem() {
    }

    public static DoubleIssue of(PostmortemFixture app, int entries, int chains, int actions) {
        DoubleIssue postmortem = app.newPostmortem("Checkout outage: " + entries + " entries").assign(app.user(OWNER));
        String key = postmortem.getKey();
        app.as(EDITOR, () -> {
            app.bean(TimelineStore.class).add(postmortem.getId(), entries(entries));
            List<Long> chainIds = new ArrayList<>();
            for (int i = 0; i < chains; i++) {
                List<WhyChainInput.WhyStepInput> steps = new ArrayList<>();
                for (int step = 1; step <= 5; step++) {
                    steps.add(new WhyChainInput.WhyStepInput("Why " + step + "?", "Because of reason " + step + "."));
                }
                WhyChain chain = app.bean(WhysService.class).add(key, new WhyChainInput("Cause " + i, steps, true), null).chain();
                chainIds.add(chain.id());
            }
            List<ActionInput> inputs = new ArrayList<>();
            for (int i = 0; i < actions; i++) {
                inputs.add(new ActionInput(null, "Action " + i, i % 2 == 0 ? "corrective" : "preventative", OWNER, "", "", "",
                        "", chainIds.isEmpty() ? null : chainIds.get(i % chainIds.size())));
            }
            for (int from = 0; from < inputs.size(); from += 50) {
                app.bean(ActionService.class).add(key, inputs.subList(from, Math.min(inputs.size(), from + 50)));
            }
            app.bean(LessonsService.class).save(key, 0, new LessonsInput(Arrays.stream(LessonQuestion.values())
                    .collect(Collectors.toMap(LessonQuestion::key, question -> "An answer to " + question.key() + "."))));
            app.bean(ReviewService.class).schedule(key, new ReviewInput(null, "2w", null, OWNER));
            return null;
        });
        return postmortem;
    }

    private static List<TimelineEntryDraft> entries(int count) {
        List<TimelineEntryDraft> drafts = new ArrayList<>();
        Instant start = Instant.parse("2026-11-20T10:00:00Z");
        for (int i = 0; i < count; i++) {
            TimelineTag tag = i == 0 ? TimelineTag.DETECTED : i == count - 1 ? TimelineTag.RESOLVED : null;
            drafts.add(new TimelineEntryDraft(start.plusSeconds(30L * i), "Entry " + i + ": the on-call engineer checked the logs",
                    Optional.ofNullable(tag)));
        }
        return drafts;
    }
}
