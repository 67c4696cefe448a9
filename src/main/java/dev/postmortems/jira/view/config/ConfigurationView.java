package dev.postmortems.jira.view.config;

import dev.postmortems.jira.view.whys.CauseChoiceView;

import java.util.List;

/**
 * The app's configuration page as a Jira administrator sees it.
 *
 * @param author         the username reminders are written as, or {@code ""} for none
 * @param daysBeforeDue  days before the due date for a reminder; 0 for none
 * @param builtInPhrases the blaming phrases the check always knows, in English and German
 * @param extraPhrases   those the administrators added, one a line
 * @param everywhere     whether Start postmortem and Mark as recurrence are offered on every issue
 * @param scopeProjects  otherwise the projects they are offered in (none chosen: any)
 * @param scopeTypes     and the issue types (none chosen: any)
 * @param causeCategories the site's cause categories, in their order
 */
public record ConfigurationView(int intervalHours, int minHours, int maxHours, String author, int daysBeforeDue,
                                int maxDaysBeforeDue, List<String> builtInPhrases, String extraPhrases, boolean everywhere,
                                List<ScopeOption> scopeProjects, List<ScopeOption> scopeTypes,
                                List<CauseChoiceView> causeCategories) {
}
