package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.service.jql.FollowUpSearch;

import java.util.List;
import java.util.Optional;

/**
 * {@code issue in postmortemActions()}, {@code postmortemActions("OPS-12")}, {@code postmortemActions("OPS-12",
 * "corrective")}: action tickets, of every postmortem or of one, of both kinds or of one.
 */
public final class PostmortemActionsFunction extends PostmortemJqlFunction {
    private final FollowUpSearch search;
    private final JqlPostmortems postmortems;

    public PostmortemActionsFunction(FollowUpSearch search, I18nResolver i18n, JqlPostmortems postmortems) {
        super("postmortemActions", 2, i18n);
        this.search = search;
        this.postmortems = postmortems;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = checkArgumentCount(operand);
        List<String> args = operand.getArgs();
        if (!args.isEmpty() && postmortem(args.get(0), searcher, false).isEmpty()) {
            // Unknown, not a postmortem, or not browsable: one message, so the search never tells which.
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-postmortem", args.get(0)));
        }
        if (args.size() > 1 && ActionKind.fromKey(args.get(1).strip().toLowerCase(java.util.Locale.ROOT)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-kind", args.get(1)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        Optional<Long> postmortem = Optional.empty();
        if (!args.isEmpty()) {
            postmortem = postmortem(args.get(0), context.getApplicationUser(), context.isSecurityOverriden());
            if (postmortem.isEmpty()) {
                return List.of();
            }
        }
        Optional<ActionKind> kind = args.size() > 1
                ? ActionKind.fromKey(args.get(1).strip().toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
        if (args.size() > 1 && kind.isEmpty()) {
            return List.of();
        }
        return literals(operand, search.actionTickets(postmortem, kind));
    }

    private Optional<Long> postmortem(String key, ApplicationUser searcher, boolean securityOverridden) {
        return postmortems.find(key, searcher, securityOverridden);
    }
}
