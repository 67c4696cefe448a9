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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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
                LessonQuestion.LUCKY, "")).orElseThrow();
        assertEquals(1, first.revision());
        assertEquals("The lock was held for minutes.", first.answer(LessonQuestion.WENT_WRONG));
        assertEquals("", first.answer(LessonQuestion.LUCKY));
        assertEquals(1, first.answered());

        Lessons second = store().save(first, Map.of(LessonQuestion.WENT_RIGHT, "The alert fired within a minute.\nOn-call was on it."))
                .orElseThrow();
        assertEquals(2, second.revision());
        assertEquals("", second.answer(LessonQuestion.WENT_WRONG));
        assertEquals(second, store().of(POSTMORTEM));
    }

    /**
     * Two saves from the same revision: the second finds the revision moved and writes nothing, whatever runs at the
     * same time — the store's own compare-and-set, which holds even without the service's edit lock.
     */
    @Test
    public void givenConcurrentSavesFromOneRevision_thenExactlyOneIsWritten() throws Exception {
        Lessons first = store().save(Lessons.none(POSTMORTEM), Map.of(LessonQuestion.LUCKY, "start")).orElseThrow();
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Lessons>>> saves = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String answer = "writer " + i;
                saves.add(pool.submit(() -> {
                    start.await();
                    return store().save(first, Map.of(LessonQuestion.LUCKY, answer));
                }));
            }
            start.countDown();
            List<Lessons> written = new ArrayList<>();
            for (Future<Optional<Lessons>> save : saves) {
                save.get(30, TimeUnit.SECONDS).ifPresent(written::add);
            }

            assertEquals(1, written.size());
            assertEquals(written.get(0), store().of(POSTMORTEM));
            assertEquals(2, store().of(POSTMORTEM).revision());
            assertFalse(store().save(first, Map.of(LessonQuestion.LUCKY, "late")).isPresent());
        } finally {
            pool.shutdownNow();
        }
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
