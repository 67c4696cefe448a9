package dev.postmortems.jira.service.lessons;

import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.service.PostmortemIssue;

/** A postmortem's answers to the five questions, with who may change them. */
public record PostmortemLessons(PostmortemIssue postmortem, Lessons lessons) {
}
