package dev.postmortems.jira.view.insight;

import java.util.List;

/** The Top causes dashboard item's data: one row per cause category, the most frequent first. */
public record CausesView(String projectKey, String title, String period, List<CauseRow> rows) {
    /**
     * @param rootCauses    root causes of the period sorted into the category; {@code postmortemsSearch} lists their postmortems
     * @param seenBefore    how many of them were seen before in an earlier postmortem; {@code seenBeforeSearch} lists those postmortems
     * @param notEffective  fixes for them judged not effective; {@code notEffectiveSearch} lists the action tickets
     */
    public record CauseRow(String category, int rootCauses, int postmortems, String postmortemsSearch, int seenBefore,
                           String seenBeforeSearch, int notEffective, String notEffectiveSearch) {
    }
}
