package dev.postmortems.jira.service.lessons;

import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.domain.lessons.Lessons;

import java.util.Map;
import java.util.Optional;

/** Where a postmortem's answers to the five questions are kept. */
public interface LessonsStore {
    /** The answers, or none yet (revision 0); one query. */
    Lessons of(long issueId);

    /**
     * Writes the answers as the next revision of {@code current}, if {@code current} is still the stored revision;
     * empty, and nothing written, if someone saved since — even when two saves run at once.
     */
    Optional<Lessons> save(Lessons current, Map<LessonQuestion, String> answers);

    int deleteAllOf(long issueId);
}
