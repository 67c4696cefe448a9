package dev.postmortems.jira.domain.lessons;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A postmortem's written answers to the five questions; a question not answered yet has an empty answer. The
 * revision counts saves, so an edit made on an older revision is recognised as stale.
 */
public record Lessons(long issueId, Map<LessonQuestion, String> answers, int revision) {
    public Lessons {
        EnumMap<LessonQuestion, String> all = new EnumMap<>(LessonQuestion.class);
        for (LessonQuestion question : LessonQuestion.values()) {
            String answer = answers.get(question);
            all.put(question, answer == null ? "" : answer);
        }
        answers = Collections.unmodifiableMap(all);
    }

    /** None written yet. */
    public static Lessons none(long issueId) {
        return new Lessons(issueId, Map.of(), 0);
    }

    public String answer(LessonQuestion question) {
        return answers.get(question);
    }

    /** Whether saving these answers would change nothing: what a repeat of a save already made asks for. */
    public boolean alreadySays(Map<LessonQuestion, String> given) {
        return given.entrySet().stream().allMatch(entry -> answer(entry.getKey()).equals(entry.getValue()));
    }

    public int answered() {
        return (int) answers.values().stream().filter(answer -> !answer.isBlank()).count();
    }
}
