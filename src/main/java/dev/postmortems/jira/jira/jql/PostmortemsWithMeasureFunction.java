package dev.postmortems.jira.jira.jql;

import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.domain.timeline.Measure;
import dev.postmortems.jira.domain.timeline.MeasureComparison;
import dev.postmortems.jira.service.timeline.MeasureStore;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code issue in postmortemsWithMeasure("time to resolve", ">", "60")}: the postmortems whose measure — time to
 * detect, mitigate or resolve, from the moment impact started — compares so with a number of minutes. A postmortem
 * whose timeline lacks either key moment has no value and is never found.
 */
public final class PostmortemsWithMeasureFunction extends PostmortemJqlFunction {
    /** More than a year is not a measure of an incident. */
    static final long MAX_MINUTES = 525_600;

    private final MeasureStore measures;

    public PostmortemsWithMeasureFunction(MeasureStore measures, I18nResolver i18n) {
        super("postmortemsWithMeasure", 3, i18n);
        this.measures = measures;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 3;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSet messages = new MessageSetImpl();
        List<String> args = operand.getArgs();
        if (args.size() != 3) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.measure-arguments"));
            return messages;
        }
        if (Measure.named(args.get(0)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-measure", args.get(0)));
        }
        if (MeasureComparison.of(args.get(1)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.unknown-comparison", args.get(1)));
        }
        if (minutes(args.get(2)).isEmpty()) {
            messages.addErrorMessage(i18n.getText("postmortems.jql.error.minutes", args.get(2), MAX_MINUTES));
        }
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(QueryCreationContext context, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() != 3) {
            return List.of();
        }
        Optional<Measure> measure = Measure.named(args.get(0));
        Optional<MeasureComparison> comparison = MeasureComparison.of(args.get(1));
        Optional<Long> minutes = minutes(args.get(2));
        if (measure.isEmpty() || comparison.isEmpty() || minutes.isEmpty()) {
            return List.of();
        }
        return literals(operand, measures.postmortemsWhere(measure.get(), comparison.get(), Duration.ofMinutes(minutes.get())));
    }

    /** A whole number of minutes, 0 to a year. */
    private static Optional<Long> minutes(String text) {
        try {
            long minutes = Long.parseLong(text == null ? "" : text.strip());
            return minutes >= 0 && minutes <= MAX_MINUTES ? Optional.of(minutes) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
