package dev.postmortems.jira.view.export;

import dev.postmortems.jira.view.action.ActionView;
import dev.postmortems.jira.view.lessons.LessonView;
import dev.postmortems.jira.view.review.ReviewTicketView;
import dev.postmortems.jira.view.team.IssueLinkView;
import dev.postmortems.jira.view.timeline.TimelineView;
import dev.postmortems.jira.view.whys.WhyChainView;

import java.util.List;

/**
 * Everything a postmortem's write-up holds, as the reader may see it, in the reader's language and time zone. It
 * names people only where the postmortem's own text does: no owners, reporters or participants are added.
 *
 * @param incidents the incidents the postmortem analyses, as the reader may see them
 * @param review    the follow-up review ticket, or {@code null} when none is scheduled
 * @param decided   what that review decided: "Loop closed — Reviewed on …: 4 effective, 1 not effective → OPS-31", or
 *                  {@code ""} before its first verdict
 */
public record WriteUp(String key, String summary, List<IssueLinkView> incidents, TimelineView timeline, List<WhyChainView> chains,
                      List<LessonView> lessons, List<ActionView> actions, ReviewTicketView review, String decided) {
}
