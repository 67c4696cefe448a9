package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.domain.action.ActionKind;
import dev.postmortems.jira.domain.verdict.JudgedAs;
import dev.postmortems.jira.service.jql.FollowUpSearch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code issue in postmortemActions()}, {@code postmortemActions("OPS-12")}, {@code postmortemActions("OPS-12",
 * "corrective")}, {@code postmortemActions("OPS-12", "ineffective")}, {@code postmortemActions("OPS-12",
 * "preventative", "unreviewed")}: action tickets, of every postmortem or of one, of both kinds or of one, judged in
 * any way or in one (a verdict's key, or {@code unreviewed}). The words after the key come in any order.
 */
public final class PostmortemActionsFunction extends PostmortemJqlFunction {
    private final FollowUpSearch search;
    private final JqlPostmortems postmortems;

    public PostmortemActionsFunction(FollowUpSearch search, I18nResolver i18n, JqlPostmortems postmortems) {
        super("postmortemActions", 3, i18n);
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
        List<String> words = args.size() > 1 ? args.subList(1, Math.min(args.size(), 3)) : List.of();
        for (String word : words) {
            if (kind(word).isEmpty() && judged(word).isEmpty()) {
                messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-filter", word));
            }
        }
        if (words.stream().filter(word -> kind(word).isPresent()).count() > 1
                || words.stream().filter(word -> judged(word).isPresent()).count() > 1) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.filter-twice"));
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
        List<String> words = args.size() > 1 ? args.subList(1, args.size()) : List.of();
        if (words.stream().anyMatch(word -> kind(word).isEmpty() && judged(word).isEmpty())) {
            return List.of();
        }
        Optional<ActionKind> kind = words.stream().flatMap(word -> kind(word).stream()).findFirst();
        Optional<JudgedAs> judged = words.stream().flatMap(word -> judged(word).stream()).findFirst();
        return literals(operand, search.actionTickets(postmortem, kind, judged));
    }

    private Optional<Long> postmortem(String key, ApplicationUser searcher, boolean securityOverridden) {
        return postmortems.find(key, searcher, securityOverridden);
    }

    private static Optional<ActionKind> kind(String word) {
        return ActionKind.fromKey(normal(word));
    }

    private static Optional<JudgedAs> judged(String word) {
        return JudgedAs.fromKey(normal(word));
    }

    private static String normal(String word) {
        return word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
    }
}
