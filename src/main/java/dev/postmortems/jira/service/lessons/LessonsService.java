package dev.postmortems.jira.service.lessons;

import dev.postmortems.jira.domain.lessons.Lessons;
import dev.postmortems.jira.domain.lessons.LessonsInput;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.PostmortemIssue;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.service.StaleEditException;

import java.util.List;

/** The written answers to the meeting's five questions: read them, and save them all at once. */
public final class LessonsService {
    private final PostmortemPermissions permissions;
    private final LessonsStore store;
    private final EditLock editLock;

    public LessonsService(PostmortemPermissions permissions, LessonsStore store, EditLock editLock) {
        this.permissions = permissions;
        this.store = store;
        this.editLock = editLock;
    }

    /**
     * Saves every answer, if the answers were last read at {@code revision} (0 when none were written yet); an
     * answer saved by someone else since makes the save stale, so nobody overwrites what they have not seen.
     */
    public PostmortemLessons save(String issueKey, Integer revision, LessonsInput input) {
        PostmortemIssue postmortem = permissions.toChange(issueKey);
        List<FieldError> errors = input.problems().stream()
                .map(problem -> new FieldError(problem.field(), problem.problem().messageKey(), List.of(LessonsInput.MAX_ANSWER_LENGTH)))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (revision == null) {
            throw new InvalidInputException(List.of(new FieldError("revision", "postmortems.error.revision-missing")));
        }
        Lessons saved = editLock.whileEditing(postmortem.id(), () -> {
            Lessons current = store.of(postmortem.id());
            if (current.revision() != revision) {
                if (current.alreadySays(input.validAnswers())) {
                    return current; // a repeat of the save that made it so (a double click, a retry): nothing to do
                }
                throw new StaleEditException(new PostmortemLessons(postmortem, current));
            }
            return store.save(current, input.validAnswers())
                    .orElseThrow(() -> new StaleEditException(new PostmortemLessons(postmortem, store.of(postmortem.id()))));
        });
        return new PostmortemLessons(postmortem, saved);
    }

    /** The postmortem issue is gone from Jira: its answers go too. */
    public int forget(long issueId) {
        return store.deleteAllOf(issueId);
    }
}
