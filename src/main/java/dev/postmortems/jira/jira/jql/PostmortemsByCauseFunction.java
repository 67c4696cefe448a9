package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import dev.postmortems.jira.service.whys.WhysStore;
import dev.postmortems.jira.view.cause.CauseTexts;

import java.util.List;
import java.util.Optional;

/**
 * {@code issue in postmortemsByCause("change")} or {@code postmortemsByCause("change", "Search")}: the postmortems
 * with a root cause sorted into that cause category (its name, ignoring case) and, when given, that component (by
 * the name it had when chosen). One indexed query on the app's why-chains.
 */
public final class PostmortemsByCauseFunction extends PostmortemJqlFunction {
    private final CauseCategoryService categories;
    private final WhysStore whys;

    public PostmortemsByCauseFunction(CauseCategoryService categories, WhysStore whys, I18nResolver i18n) {
        super(CauseTexts.FUNCTION, 2, i18n);
        this.categories = categories;
        this.whys = whys;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.cause-arguments"));
        } else if (category(args).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-cause", args.get(0)));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.isEmpty() || args.size() > 2) {
            return List.of();
        }
        return category(args).map(category -> literals(operand, whys.postmortemsWithCause(category.id(),
                args.size() == 2 ? Optional.ofNullable(args.get(1)) : Optional.empty()))).orElse(List.of());
    }

    private Optional<CauseCategory> category(List<String> args) {
        return categories.catalogue().named(args.get(0));
    }
}
