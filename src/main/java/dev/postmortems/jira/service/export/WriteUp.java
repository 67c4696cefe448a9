package dev.postmortems.jira.service.export;

import dev.postmortems.jira.service.action.ActionView;
import dev.postmortems.jira.service.lessons.LessonView;
import dev.postmortems.jira.service.review.ReviewTicketView;
import dev.postmortems.jira.service.timeline.TimelineView;
import dev.postmortems.jira.service.whys.WhyChainView;

import java.util.List;

/**
 * Everything a postmortem's write-up holds, as the reader may see it, in the reader's language and time zone. It
 * names people only where the postmortem's own text does: no owners, reporters or participants are added.
 *
 * @param review the follow-up review ticket, or {@code null} when none is scheduled
 */
public record WriteUp(String key, String summary, TimelineView timeline, List<WhyChainView> chains, List<LessonView> lessons,
                      List<ActionView> actions, ReviewTicketView review) {
}
