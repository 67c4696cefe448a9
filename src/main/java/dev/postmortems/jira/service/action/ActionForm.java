package dev.postmortems.jira.service.action;

import dev.postmortems.jira.service.TargetProject;

import java.util.List;
import java.util.Map;

/**
 * What the form that adds actions offers the reader, from Jira's projects and permissions.
 *
 * @param project      the postmortem's project, the default target of new actions
 * @param priorities   Jira's priorities (id, name), for editors only
 * @param projectAdmin whether the reader administers the project, so may set its defaults for new actions
 */
public record ActionForm(TargetProject project, List<Map.Entry<String, String>> priorities, boolean projectAdmin) {
}
