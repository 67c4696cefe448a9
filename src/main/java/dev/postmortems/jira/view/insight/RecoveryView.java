package dev.postmortems.jira.view.insight;

import java.util.List;

/**
 * The Detection and recovery gadget's data: one row per month, oldest first, and the measures' names for the
 * columns. Every number comes with the Jira search that lists the postmortems behind it.
 */
public record RecoveryView(String projectKey, String projectName, String title, List<MeasureColumn> measures, List<MonthRow> months) {
    /** A column: {@code time-to-resolve}, "Time to resolve". */
    public record MeasureColumn(String key, String label) {
    }

    /**
     * @param month       {@code 2026-03}
     * @param label       "Mar 2026", in the viewer's language
     * @param postmortems how many postmortems' incidents started in the month
     * @param search      Jira's search for them; "" when there are none
     * @param medians     one per measure, in the columns' order
     */
    public record MonthRow(String month, String label, int postmortems, String search, List<Median> medians) {
    }

    /**
     * @param minutes the median in whole minutes; null when no postmortem of the month has the measure
     * @param text    "47 min", or "" without a value
     * @param count   how many postmortems it is the median of
     * @param search  Jira's search for them; "" when none
     */
    public record Median(String measure, Long minutes, String text, int count, String search) {
    }
}
