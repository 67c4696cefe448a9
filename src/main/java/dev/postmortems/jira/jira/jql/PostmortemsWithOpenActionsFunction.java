package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.jql.FollowUpSearch;

import java.util.List;

/** {@code issue in postmortemsWithOpenActions()}: Postmortems with at least one unresolved action ticket. */
public final class PostmortemsWithOpenActionsFunction extends PostmortemJqlFunction {
    private final FollowUpSearch search;

    public PostmortemsWithOpenActionsFunction(FollowUpSearch search, I18nResolver i18n) {
        super("postmortemsWithOpenActions", 0, i18n);
        this.search = search;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        return checkArgumentCount(operand);
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        return literals(operand, search.postmortemsWithOpenActions());
    }
}
