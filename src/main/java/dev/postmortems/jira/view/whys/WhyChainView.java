package dev.postmortems.jira.view.whys;

import dev.postmortems.jira.service.blameless.MarkedPart;

import java.util.List;

/**
 * One chain as shown.
 *
 * @param status       {@code open} (no root cause yet), {@code treated} or {@code untreated}
 * @param statusLabel  the status in the reader's language
 * @param keepAsking   a root cause reached in fewer than five whys
 * @param blameFindings how many words the blameless check found in the chain
 * @param categoryId   the cause category the root cause is sorted into; 0 if none
 * @param categoryName that category's name, with the component's after a slash when there is one; "" if none
 * @param componentId  the component named with it; 0 if none
 * @param causeSearch  Jira's search for every postmortem with the same cause; "" if none
 */
public record WhyChainView(long id, int revision, String problem, List<MarkedPart> problemParts, List<WhyStepView> steps,
                           boolean rootCauseMarked, String status, String statusLabel, boolean keepAsking,
                           List<ActionTicketView> actions, int blameFindings, long categoryId, String categoryName,
                           long componentId, String causeSearch) {
}
