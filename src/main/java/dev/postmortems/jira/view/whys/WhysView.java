package dev.postmortems.jira.view.whys;

import java.util.List;

/**
 * The 5 Whys as one person sees them; the panel renders it and the REST resource returns it.
 *
 * @param summary    e.g. "3 causes · 2 root causes treated · 1 untreated"
 * @param blameFound whether any chain has words that point at people: the panel then explains the marks
 * @param categories the site's cause categories, offered to editors for each root cause
 * @param components the components of the postmortem's project, offered with a category; none for readers
 */
public record WhysView(String issueKey, boolean editable, String summary, List<WhyChainView> chains, boolean blameFound,
                       List<CauseChoiceView> categories, List<CauseChoiceView> components) {
}
