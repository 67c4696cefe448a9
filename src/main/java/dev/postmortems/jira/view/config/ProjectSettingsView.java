package dev.postmortems.jira.view.config;

import dev.postmortems.jira.view.action.ActionOption;

import java.util.List;

/**
 * A project's settings page, as one of its administrators sees it: the defaults for the actions of its postmortems.
 *
 * @param targetProject the key of the project new action tickets go to, or {@code ""} for the postmortem's own
 * @param dueInDays     the default due date in days from today, or {@code ""} for none
 * @param priority      the id of the default priority, or {@code ""} for Jira's default
 * @param projects      where action tickets may go: the projects the administrator may browse
 * @param deadlineHigh  working days after an incident of High priority is resolved before its postmortem is due (and
 *                      so for Highest and other priorities)
 */
public record ProjectSettingsView(String projectKey, String projectName, String issueType, List<String> issueTypes,
                                  String targetProject, List<ActionOption> projects, String dueInDays, int maxDueInDays,
                                  String priority, List<ActionOption> priorities, int deadlineHighest, int deadlineHigh,
                                  int deadlineOther, int maxWorkingDays, List<ScopeOption> policyIssueTypes,
                                  List<ScopeOption> policyPriorities) {
}
