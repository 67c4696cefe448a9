package dev.postmortems.jira.domain.lessons;

import java.util.Arrays;
import java.util.Optional;

/** The five questions the postmortem meeting answers in writing, in the order they are asked. */
public enum LessonQuestion {
    WENT_WRONG("went-wrong"),
    WENT_RIGHT("went-right"),
    LUCKY("lucky"),
    UNLUCKY("unlucky"),
    PREVENTION("prevention");

    private final String key;

    LessonQuestion(String key) {
        this.key = key;
    }

    /** The question's name in REST, templates and i18n keys. */
    public String key() {
        return key;
    }

    public static Optional<LessonQuestion> fromKey(String key) {
        return Arrays.stream(values()).filter(question -> question.key.equals(key)).findFirst();
    }
}
