package dev.postmortems.jira.view.whys;

import dev.postmortems.jira.service.blameless.MarkedPart;

import java.util.List;

/** One why as shown, its question and answer cut into parts where the blameless check found words. */
public record WhyStepView(int number, String question, String answer, List<MarkedPart> questionParts,
                          List<MarkedPart> answerParts) {
}
