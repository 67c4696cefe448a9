package dev.postmortems.jira.view.readiness;

import java.util.List;

/**
 * The readiness checklist as one person sees it; the panel renders it and the REST resource returns it.
 *
 * @param summary e.g. "3 of 5 ready"
 */
public record ReadinessView(String issueKey, boolean ready, String summary, List<ReadinessItemView> items) {
}
