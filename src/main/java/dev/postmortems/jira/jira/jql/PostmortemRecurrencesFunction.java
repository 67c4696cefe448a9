package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.service.recurrence.RecurrenceIssue;
import dev.postmortems.jira.service.recurrence.RecurrenceLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code issue in postmortemRecurrences()}: the postmortems whose problem came back; {@code
 * postmortemRecurrences("OPS-12")}: the incidents it came back in. Read from the Postmortem Recurrence links.
 */
public final class PostmortemRecurrencesFunction extends PostmortemJqlFunction {
    private final RecurrenceLinks links;
    private final JqlPostmortems postmortems;

    public PostmortemRecurrencesFunction(RecurrenceLinks links, I18nResolver i18n, JqlPostmortems postmortems) {
        super("postmortemRecurrences", 1, i18n);
        this.links = links;
        this.postmortems = postmortems;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = checkArgumentCount(operand);
        List<String> args = operand.getArgs();
        if (!args.isEmpty() && postmortems.find(args.get(0), searcher, false).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-postmortem", args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty()) {
            return literals(operand, new ArrayList<>(links.recurredPostmortems()));
        }
        Optional<Long> postmortem = postmortems.find(args.get(0), context.getApplicationUser(), context.isSecurityOverriden());
        return postmortem.map(id -> literals(operand, links.recurrencesOf(id).stream().map(RecurrenceIssue::id).toList()))
                .orElse(List.of());
    }
}
