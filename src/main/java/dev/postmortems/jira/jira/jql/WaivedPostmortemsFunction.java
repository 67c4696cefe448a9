package dev.postmortems.jira.jira.jql;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import dev.postmortems.jira.service.team.IncidentNeeds;

/** {@code issue in waivedPostmortems()}: the incidents whose postmortem someone waived, with a reason; or of one project. */
public final class WaivedPostmortemsFunction extends IncidentStandingFunction {
    public WaivedPostmortemsFunction(IncidentNeeds needs, ProjectManager projectManager, PermissionManager permissionManager,
                                              I18nResolver i18n) {
        super("waivedPostmortems", i18n, projectManager, permissionManager, needs::waived);
    }
}
