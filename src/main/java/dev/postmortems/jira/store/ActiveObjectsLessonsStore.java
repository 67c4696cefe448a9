package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.service.lessons.LessonsStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The answers to the five questions in Active Objects: one row per postmortem, read in one query. */
public final class ActiveObjectsLessonsStore implements LessonsStore {
    private static final String COLUMNS = String.join(", ", "ID", LessonsEntity.ISSUE_ID, LessonsEntity.WENT_WRONG,
            LessonsEntity.WENT_RIGHT, LessonsEntity.LUCKY, LessonsEntity.UNLUCKY, LessonsEntity.PREVENTION, LessonsEntity.REVISION);

    private final ActiveObjects ao;

    public ActiveObjectsLessonsStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Lessons of(long issueId) {
        // Highest revision first: should two first saves ever race without the edit lock, the later one is shown.
        LessonsEntity[] rows = ao.find(LessonsEntity.class, Query.select(COLUMNS).where(LessonsEntity.ISSUE_ID + " = ?", issueId)
                .order(LessonsEntity.REVISION + " DESC").limit(1));
        return rows.length == 0 ? Lessons.none(issueId) : lessons(rows[0]);
    }

    /**
     * A compare-and-set in one transaction: the row at {@code current}'s revision is deleted and the next revision
     * written in its place. The delete is the comparison — of two saves from one revision, the database lets only
     * one delete the row (the other waits for it, then finds nothing), so the second writes nothing and is stale.
     */
    @Override
    public Optional<Lessons> save(Lessons current, Map<LessonQuestion, String> answers) {
        try {
            return replace(current, answers);
        } catch (RuntimeException e) {
            if (LostRace.is(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Lessons> replace(Lessons current, Map<LessonQuestion, String> answers) {
        return ao.executeInTransaction(() -> {
            int replaced = ao.deleteWithSQL(LessonsEntity.class, LessonsEntity.ISSUE_ID + " = ? AND " + LessonsEntity.REVISION + " = ?",
                    current.issueId(), current.revision());
            boolean stale = current.revision() == 0
                    ? ao.count(LessonsEntity.class, Query.select().where(LessonsEntity.ISSUE_ID + " = ?", current.issueId())) > 0
                    : replaced == 0;
            if (stale) {
                return Optional.<Lessons>empty();
            }
            LessonsEntity row = ao.create(LessonsEntity.class,
                    new DBParam(LessonsEntity.ISSUE_ID, current.issueId()),
                    new DBParam(LessonsEntity.WENT_WRONG, stored(answers.get(LessonQuestion.WENT_WRONG))),
                    new DBParam(LessonsEntity.WENT_RIGHT, stored(answers.get(LessonQuestion.WENT_RIGHT))),
                    new DBParam(LessonsEntity.LUCKY, stored(answers.get(LessonQuestion.LUCKY))),
                    new DBParam(LessonsEntity.UNLUCKY, stored(answers.get(LessonQuestion.UNLUCKY))),
                    new DBParam(LessonsEntity.PREVENTION, stored(answers.get(LessonQuestion.PREVENTION))),
                    new DBParam(LessonsEntity.REVISION, current.revision() + 1));
            return Optional.of(lessons(row));
        });
    }

    @Override
    public int deleteAllOf(long issueId) {
        return ao.deleteWithSQL(LessonsEntity.class, LessonsEntity.ISSUE_ID + " = ?", issueId);
    }

    private static Lessons lessons(LessonsEntity row) {
        Map<LessonQuestion, String> answers = new EnumMap<>(LessonQuestion.class);
        answers.put(LessonQuestion.WENT_WRONG, row.getWentWrong());
        answers.put(LessonQuestion.WENT_RIGHT, row.getWentRight());
        answers.put(LessonQuestion.LUCKY, row.getLucky());
        answers.put(LessonQuestion.UNLUCKY, row.getUnlucky());
        answers.put(LessonQuestion.PREVENTION, row.getPrevention());
        return new Lessons(row.getIssueId(), answers, row.getRevision());
    }

    private static String stored(String answer) {
        return answer == null || answer.isBlank() ? null : answer;
    }
}
