package dev.postmortems.jira.domain.lessons;

/** What can be wrong with saved answers; each has a message key. */
public enum LessonProblem {
    ANSWERS_MISSING("postmortems.lessons.error.answers-missing"),
    QUESTION_UNKNOWN("postmortems.lessons.error.question-unknown"),
    ANSWER_TOO_LONG("postmortems.lessons.error.answer-too-long");

    private final String messageKey;

    LessonProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
