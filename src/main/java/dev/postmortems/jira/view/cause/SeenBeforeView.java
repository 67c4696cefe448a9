package dev.postmortems.jira.view.cause;

import java.util.List;

/**
 * The "Seen before" panel: earlier postmortems whose root causes are sorted the same way.
 *
 * @param searches one search link per cause of this postmortem, listing every postmortem with it
 */
public record SeenBeforeView(String issueKey, List<EarlierPostmortemView> postmortems, List<CauseSearchView> searches) {
    /** A link to Jira's search for one cause, e.g. "All postmortems caused by change / Search". */
    public record CauseSearchView(String label, String url) {
    }
}
