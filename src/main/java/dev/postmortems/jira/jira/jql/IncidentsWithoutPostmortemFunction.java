package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import dev.postmortems.jira.service.team.IncidentNeeds;

/**
 * {@code issue in incidentsWithoutPostmortem()}: the incidents their project's policy asks a postmortem for, resolved
 * or not, with none started and none waived; {@code incidentsWithoutPostmortem("OPS")}: those of one project.
 */
public final class IncidentsWithoutPostmortemFunction extends IncidentStandingFunction {
    public IncidentsWithoutPostmortemFunction(IncidentNeeds needs, ProjectManager projectManager, PermissionManager permissionManager,
                                              I18nResolver i18n) {
        super("incidentsWithoutPostmortem", i18n, projectManager, permissionManager, needs::withoutPostmortem);
    }
}
