package dev.postmortems.jira.service.timeline;

import dev.postmortems.jira.domain.timeline.Timeline;
import dev.postmortems.jira.service.PostmortemIssue;

/** A postmortem's timeline together with what the reader may do with it. */
public record PostmortemTimeline(PostmortemIssue postmortem, Timeline timeline) {
}
