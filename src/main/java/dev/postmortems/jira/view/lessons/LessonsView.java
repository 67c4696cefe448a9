package dev.postmortems.jira.view.lessons;

import java.util.List;

/**
 * The five questions and their answers as one person sees them; the panel renders it and the REST resource
 * returns it.
 *
 * @param summary    e.g. "3 of 5 questions answered"
 * @param blameFound whether any answer has words that point at people: the panel then explains the marks
 */
public record LessonsView(String issueKey, boolean editable, int revision, String summary, List<LessonView> questions,
                          boolean blameFound) {
}
