package dev.postmortems.jira.view.action;

import java.util.List;

/**
 * What an action ticket shows of the postmortem it came from, so the ticket explains itself to its owner.
 *
 * @param restricted    the reader may not browse the postmortem: only its key is shown
 * @param kind          the action's kind in words ("Corrective")
 * @param rootCause     the root cause the action addresses, or {@code ""} when it names none
 * @param problem       the cause the team asked why about, at the top of that chain
 * @param whys          the chain's questions and answers, down to the root cause
 * @param review        when the postmortem's follow-up review is ("Due 04/Dec/26 · 3 days left"), or {@code ""}
 */
public record ActionTicketView(String postmortemKey, String postmortemUrl, String postmortemSummary, boolean restricted,
                               String kind, String rootCause, String problem, List<Why> whys, String review) {
    public record Why(String question, String answer) {
    }

    static ActionTicketView restricted(String postmortemKey, String postmortemUrl) {
        return new ActionTicketView(postmortemKey, postmortemUrl, "", true, "", "", "", List.of(), "");
    }
}
