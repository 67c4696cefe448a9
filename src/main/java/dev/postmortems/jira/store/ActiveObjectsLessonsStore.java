package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.lessons.LessonQuestion;
import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.service.lessons.LessonsStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.EnumMap;
import java.util.Map;

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
        LessonsEntity[] rows = ao.find(LessonsEntity.class, Query.select(COLUMNS).where(LessonsEntity.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Lessons.none(issueId) : lessons(rows[0]);
    }

    @Override
    public Lessons save(Lessons current, Map<LessonQuestion, String> answers) {
        return ao.executeInTransaction(() -> {
            LessonsEntity[] rows = ao.find(LessonsEntity.class,
                    Query.select(COLUMNS).where(LessonsEntity.ISSUE_ID + " = ?", current.issueId()));
            LessonsEntity row = rows.length > 0 ? rows[0] : ao.create(LessonsEntity.class,
                    new DBParam(LessonsEntity.ISSUE_ID, current.issueId()), new DBParam(LessonsEntity.REVISION, 0));
            row.setWentWrong(stored(answers.get(LessonQuestion.WENT_WRONG)));
            row.setWentRight(stored(answers.get(LessonQuestion.WENT_RIGHT)));
            row.setLucky(stored(answers.get(LessonQuestion.LUCKY)));
            row.setUnlucky(stored(answers.get(LessonQuestion.UNLUCKY)));
            row.setPrevention(stored(answers.get(LessonQuestion.PREVENTION)));
            row.setRevision(current.revision() + 1);
            row.save();
            return lessons(row);
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
