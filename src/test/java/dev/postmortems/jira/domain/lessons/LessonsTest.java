package dev.postmortems.jira.domain.lessons;

import org.junit.Test;

import java.util.Map;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class LessonsTest {
    private final Lessons saved = new Lessons(7L, Map.of(LessonQuestion.LUCKY, "The alert fired."), 1);

    @Test
    public void aSaveOfWhatIsAlreadyThereChangesNothing() {
        assertTrue(saved.alreadySays(Map.of(LessonQuestion.LUCKY, "The alert fired.")));
        assertTrue(saved.alreadySays(Map.of(LessonQuestion.LUCKY, "The alert fired.", LessonQuestion.UNLUCKY, "")));
    }

    @Test
    public void anyDifferentAnswerIsAChange() {
        assertFalse(saved.alreadySays(Map.of(LessonQuestion.LUCKY, "The alert fired late.")));
        assertFalse(saved.alreadySays(Map.of(LessonQuestion.UNLUCKY, "Nobody was on call.")));
    }
}
