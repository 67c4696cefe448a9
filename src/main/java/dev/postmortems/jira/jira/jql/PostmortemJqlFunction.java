package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

import java.util.List;

/**
 * What the app's JQL functions share: each returns issue ids (a list function), is named as in the descriptor's
 * {@code fname}, and explains a wrong call in the searcher's language.
 */
abstract class PostmortemJqlFunction implements JqlFunction {
    private final String name;
    private final int maximumArguments;
    protected final I18nResolver i18n;

    PostmortemJqlFunction(String name, int maximumArguments, I18nResolver i18n) {
        this.name = name;
        this.maximumArguments = maximumArguments;
        this.i18n = i18n;
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // The name is fixed by the descriptor's fname, which a test keeps equal to getFunctionName().
    }

    @Override
    public String getFunctionName() {
        return name;
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 0;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** An error when the call has more arguments than the function takes; otherwise no message. */
    protected MessageSet checkArgumentCount(FunctionOperand operand) {
        MessageSet messages = new MessageSetImpl();
        if (operand.getArgs().size() > maximumArguments) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.arguments." + maximumArguments, name));
        }
        return messages;
    }

    protected static List<QueryLiteral> literals(FunctionOperand operand, List<Long> issueIds) {
        return issueIds.stream().map(id -> new QueryLiteral(operand, id)).toList();
    }
}
