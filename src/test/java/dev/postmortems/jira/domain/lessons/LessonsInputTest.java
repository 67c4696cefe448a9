package dev.postmortems.jira.domain.lessons;

import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;

public class LessonsInputTest {
    @Test
    public void answersAreStrippedAndBlankOnesClearTheQuestion() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("went-wrong", "  The lock was held.\n");
        answers.put("lucky", "   ");
        answers.put("unlucky", null);
        LessonsInput input = new LessonsInput(answers);

        assertEquals(List.of(), input.problems());
        Lessons lessons = new Lessons(1L, input.validAnswers(), 1);
        assertEquals("The lock was held.", lessons.answer(LessonQuestion.WENT_WRONG));
        assertEquals("", lessons.answer(LessonQuestion.LUCKY));
        assertEquals("", lessons.answer(LessonQuestion.PREVENTION));
        assertEquals(1, lessons.answered());
    }

    @Test
    public void eachProblemNamesItsField() {
        assertEquals(List.of(new LessonsInput.FieldProblem("answers", LessonProblem.ANSWERS_MISSING)),
                new LessonsInput(null).problems());
        assertEquals(List.of(new LessonsInput.FieldProblem("answers", LessonProblem.QUESTION_UNKNOWN)),
                new LessonsInput(Map.of("who-did-it", "x")).problems());
        assertEquals(List.of(new LessonsInput.FieldProblem("prevention", LessonProblem.ANSWER_TOO_LONG)),
                new LessonsInput(Map.of("prevention", "x".repeat(LessonsInput.MAX_ANSWER_LENGTH + 1))).problems());
        assertEquals(List.of(), new LessonsInput(Map.of("prevention", "x".repeat(LessonsInput.MAX_ANSWER_LENGTH))).problems());
    }

    @Test
    public void theQuestionsAreTheFiveOfTheMeetingInOrder() {
        assertEquals(List.of("went-wrong", "went-right", "lucky", "unlucky", "prevention"),
                java.util.Arrays.stream(LessonQuestion.values()).map(LessonQuestion::key).toList());
    }
}
