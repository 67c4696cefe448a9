package com.atlassian.jira.plugin.jql.function;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;

import java.util.List;

/**
 * Stand-in (compile only). @PublicSpi interface; validate with ApplicationUser confirmed on
 * Jira Software 10.6 and an app compiled against 11.3.1; the other members on 6.3 source and 11.3.1.
 */
public interface JqlFunction {
    void init(JqlFunctionModuleDescriptor moduleDescriptor);

    MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause);

    List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause);

    boolean isList();

    int getMinimumNumberOfExpectedArguments();

    String getFunctionName();

    JiraDataType getDataType();
}
