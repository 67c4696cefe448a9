package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

import java.util.List;
import java.util.function.Supplier;

/** A function without arguments whose answer does not depend on who searches: Jira's search filters it. */
abstract class NoArgumentFunction extends PostmortemJqlFunction {
    private final Supplier<List<Long>> answer;

    NoArgumentFunction(String name, I18nResolver i18n, Supplier<List<Long>> answer) {
        super(name, 0, i18n);
        this.answer = answer;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        return checkArgumentCount(operand);
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        return literals(operand, answer.get());
    }
}
