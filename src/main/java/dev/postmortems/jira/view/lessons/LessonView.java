package dev.postmortems.jira.view.lessons;

import dev.postmortems.jira.service.blameless.MarkedPart;

import java.util.List;

/** One question with its answer, the answer cut into parts where the blameless check found words. */
public record LessonView(String key, String question, String hint, String answer, List<MarkedPart> answerParts) {
}
