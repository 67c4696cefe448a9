package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A function that finds incidents by where they stand with their postmortem, in every project or in the one its
 * argument names (a project the searcher may browse, so a search never tells which projects exist). Answered from the
 * app's incident table; Jira's search then filters the issues by permission as for any other clause.
 */
abstract class IncidentStandingFunction extends PostmortemJqlFunction {
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final Function<Optional<Long>, List<Long>> answer;

    IncidentStandingFunction(String name, I18nResolver i18n, ProjectManager projectManager, PermissionManager permissionManager,
                             Function<Optional<Long>, List<Long>> answer) {
        super(name, 1, i18n);
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.answer = answer;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.size() > 1) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.arguments.project", getFunctionName()));
        } else if (!args.isEmpty() && project(args.get(0), searcher, false).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-project", args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty()) {
            return literals(operand, answer.apply(Optional.empty()));
        }
        return project(args.get(0), context.getApplicationUser(), context.isSecurityOverriden())
                .map(id -> literals(operand, answer.apply(Optional.of(id)))).orElse(List.of());
    }

    private Optional<Long> project(String key, ApplicationUser searcher, boolean securityOverridden) {
        Project project = key == null || key.isBlank() ? null : projectManager.getProjectByCurrentKey(key.strip().toUpperCase(Locale.ROOT));
        if (project == null || !securityOverridden && !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, searcher)) {
            return Optional.empty();
        }
        return Optional.of(project.getId());
    }
}
