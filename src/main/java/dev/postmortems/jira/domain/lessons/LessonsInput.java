package dev.postmortems.jira.domain.lessons;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The answers as someone saved them: every question's answer (blank to clear it), keyed by question key.
 *
 * @param answers question key to answer; a question left out keeps no answer
 */
public record LessonsInput(Map<String, String> answers) {
    /** One answer of the meeting's record is at most this long: a few pages of text. */
    public static final int MAX_ANSWER_LENGTH = 10_000;

    /** A problem with one field: the question's key, or "answers" for the whole. */
    public record FieldProblem(String field, LessonProblem problem) {
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (answers == null) {
            problems.add(new FieldProblem("answers", LessonProblem.ANSWERS_MISSING));
            return problems;
        }
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (LessonQuestion.fromKey(answer.getKey()).isEmpty()) {
                problems.add(new FieldProblem("answers", LessonProblem.QUESTION_UNKNOWN));
            } else if (answer.getValue() != null && answer.getValue().strip().length() > MAX_ANSWER_LENGTH) {
                problems.add(new FieldProblem(answer.getKey(), LessonProblem.ANSWER_TOO_LONG));
            }
        }
        return problems;
    }

    /** The answers, stripped, for a valid input. */
    public Map<LessonQuestion, String> validAnswers() {
        Map<LessonQuestion, String> valid = new EnumMap<>(LessonQuestion.class);
        answers.forEach((key, answer) -> valid.put(LessonQuestion.fromKey(key).orElseThrow(), answer == null ? "" : answer.strip()));
        return valid;
    }
}
