package dev.postmortems.jira.rest.lessons;

import dev.postmortems.jira.domain.lessons.LessonsInput;

import java.util.Map;

/** The answers as saved: {@code {"revision": 3, "answers": {"went-wrong": "…", "lucky": ""}}}. */
public record LessonsJson(Integer revision, Map<String, String> answers) {
    LessonsInput input() {
        return new LessonsInput(answers);
    }
}
