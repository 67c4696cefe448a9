package dev.postmortems.jira.store;

import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

import java.util.Map;

import static org.junit.Assert.assertEquals;

@RunWith(Parameterized.class)
public class ActiveObjectsLessonsStoreTest {
    private static final long POSTMORTEM = 50_000L;

    @Parameterized.Parameters(name = "{0}")
    public static Object[] databases() {
        return Database.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    public ActiveObjectsLessonsStoreTest(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    private ActiveObjectsLessonsStore store() {
        return new ActiveObjectsLessonsStore(ao.activeObjects());
    }

    @Test
    public void noAnswersYetIsRevisionZeroThenEachSaveIsTheNextRevision() {
        assertEquals(Lessons.none(POSTMORTEM), store().of(POSTMORTEM));

        Lessons first = store().save(store().of(POSTMORTEM), Map.of(LessonQuestion.WENT_WRONG, "The lock was held for minutes.",
                LessonQuestion.LUCKY, ""));
        assertEquals(1, first.revision());
        assertEquals("The lock was held for minutes.", first.answer(LessonQuestion.WENT_WRONG));
        assertEquals("", first.answer(LessonQuestion.LUCKY));
        assertEquals(1, first.answered());

        Lessons second = store().save(first, Map.of(LessonQuestion.WENT_RIGHT, "The alert fired within a minute.\nOn-call was on it."));
        assertEquals(2, second.revision());
        assertEquals("", second.answer(LessonQuestion.WENT_WRONG));
        assertEquals(second, store().of(POSTMORTEM));
    }

    @Test
    public void longAnswersAndUnicodeAreKeptAndReadingThemIsOneQuery() {
        String longAnswer = "Ünïcödé 🙂 ".repeat(900);
        store().save(Lessons.none(POSTMORTEM), Map.of(LessonQuestion.PREVENTION, longAnswer));
        int before = ao.statementsExecuted();

        assertEquals(longAnswer, store().of(POSTMORTEM).answer(LessonQuestion.PREVENTION));
        assertEquals(1, ao.statementsExecuted() - before);
    }

    @Test
    public void deletingAPostmortemsAnswersLeavesOthers() {
        store().save(Lessons.none(POSTMORTEM), Map.of(LessonQuestion.UNLUCKY, "Two incidents at once."));
        store().save(Lessons.none(POSTMORTEM + 1), Map.of(LessonQuestion.UNLUCKY, "Other."));

        assertEquals(1, store().deleteAllOf(POSTMORTEM));
        assertEquals(Lessons.none(POSTMORTEM), store().of(POSTMORTEM));
        assertEquals("Other.", store().of(POSTMORTEM + 1).answer(LessonQuestion.UNLUCKY));
    }
}
