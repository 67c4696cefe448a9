package dev.postmortems.jira.sandbox;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.SearchContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small JQL for trying the app: the app's JQL functions ({@code issue in overduePostmortemReviews()}) and a few
 * simple clauses, joined with AND. Whatever else is asked gets a message saying what is supported, never a guess.
 * Only issues the searcher may browse are found, as in Jira.
 */
final class JqlSearch {
    static final String SUPPORTED = "This sandbox understands clauses joined with AND: issue in <function>(…) with the app's "
            + "functions; key in (OPS-1, OPS-2); project, issuetype, status, labels and assignee with = or != (assignee also = currentUser() or "
            + "is EMPTY); resolution = EMPTY or Unresolved (or is EMPTY / is not EMPTY); duedate with <, <=, > or >= "
            + "and now() or a date such as 2026-12-01; it orders by key. OR, NOT, other parentheses and other orders are Jira's, not the "
            + "sandbox's.";

    private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYS = Pattern.compile("(?i)(?:issue|issuekey|key)\\s+in\\s*\\(([A-Z][A-Z0-9_]*-\\d+(?:\\s*,\\s*[A-Z][A-Z0-9_]*-\\d+)*)\\)");
    /** The sandbox lists by key anyway. */
    private static final Pattern BY_KEY = Pattern.compile("(?i)\\s+ORDER\\s+BY\\s+key(\\s+ASC)?\\s*$");
    private static final Pattern FUNCTION = Pattern.compile("(?i)(?:issue|issuekey|key|id)\\s+(not\\s+)?in\\s+([A-Za-z]+)\\s*\\((.*)\\)");
    private static final Pattern COMPARISON = Pattern.compile("(?i)([a-z]+)\\s*(!=|<=|>=|=|<|>|\\bis\\s+not\\b|\\bis\\b)\\s*(.+)");
    private static final Pattern UNSUPPORTED = Pattern.compile("(?i)\\b(OR|NOT|ORDER\\s+BY)\\b|[()]");

    private final JiraDouble jira;
    private final Map<String, JqlFunction> functions;
    private final Clock clock;

    /** @param functions the app's JQL functions by name, as the descriptor's {@code fname} declares them */
    JqlSearch(JiraDouble jira, Map<String, JqlFunction> functions, Clock clock) {
        this.jira = jira;
        this.functions = functions;
        this.clock = clock;
    }

    /** What the query could not be run for, in words for the searcher. */
    static final class JqlProblem extends RuntimeException {
        private final List<String> messages;

        JqlProblem(List<String> messages) {
            super(String.join(" ", messages));
            this.messages = List.copyOf(messages);
        }

        List<String> messages() {
            return messages;
        }
    }

    /** The issues the query finds that the searcher may browse, ordered by project and number. */
    List<DoubleIssue> search(String jql, ApplicationUser searcher) {
        List<Predicate<DoubleIssue>> clauses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String query = jql == null ? "" : BY_KEY.matcher(jql.strip()).replaceFirst("");
        if (!query.isEmpty()) {
            for (String clause : AND.split(query)) {
                try {
                    clauses.add(clause(clause.strip(), searcher));
                } catch (JqlProblem problem) {
                    problems.addAll(problem.messages());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new JqlProblem(problems);
        }
        return jira.issues().all().stream()
                .filter(issue -> jira.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher))
                .filter(issue -> clauses.stream().allMatch(clause -> clause.test(issue)))
                .sorted(Comparator.comparing(DoubleIssue::projectKey).thenComparing(issue -> number(issue.getKey())))
                .toList();
    }

    private Predicate<DoubleIssue> clause(String clause, ApplicationUser searcher) {
        Matcher keys = KEYS.matcher(clause);
        if (keys.matches()) {
            Set<String> named = new java.util.HashSet<>(List.of(keys.group(1).toUpperCase(Locale.ROOT).split("\\s*,\\s*")));
            return issue -> named.contains(issue.getKey());
        }
        Matcher function = FUNCTION.matcher(clause);
        if (function.matches()) {
            Set<Long> ids = functionValues(function.group(2), arguments(function.group(3)), searcher);
            return function.group(1) == null ? issue -> ids.contains(issue.getId()) : issue -> !ids.contains(issue.getId());
        }
        Matcher unsupported = UNSUPPORTED.matcher(clause.replaceAll("(?i)(currentUser|now)\\(\\)", ""));
        if (unsupported.find()) {
            throw problem("The sandbox does not support " + unsupported.group().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")
                    + " in “" + clause + "”.");
        }
        Matcher comparison = COMPARISON.matcher(clause);
        if (!comparison.matches()) {
            throw problem("The sandbox cannot read “" + clause + "”.");
        }
        String field = comparison.group(1).toLowerCase(Locale.ROOT);
        String operator = comparison.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value = unquote(comparison.group(3).strip());
        boolean empty = value.equalsIgnoreCase("EMPTY") || value.equalsIgnoreCase("NULL");
        return switch (field) {
            case "project" -> equality(clause, operator, issue -> issue.projectKey().equalsIgnoreCase(value));
            case "issuetype", "type" -> equality(clause, operator, issue -> issue.getIssueType().getName().equalsIgnoreCase(value));
            case "status" -> equality(clause, operator, issue -> issue.statusName().equalsIgnoreCase(value));
            case "labels" -> equality(clause, operator, issue -> issue.labels().stream().anyMatch(value::equalsIgnoreCase));
            case "assignee" -> assignee(clause, operator, value, empty, searcher);
            case "resolution" -> resolution(clause, operator, value, empty);
            case "duedate", "due" -> dueDate(clause, operator, value);
            default -> throw problem("The sandbox does not search the field “" + comparison.group(1) + "”.");
        };
    }

    private Set<Long> functionValues(String name, String[] arguments, ApplicationUser searcher) {
        JqlFunction function = functions.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> problem("Unable to find JQL function “" + name + "(…)”; the app's are "
                        + String.join(", ", functions.keySet().stream().sorted().map(known -> known + "()").toList()) + "."));
        FunctionOperand operand = new FunctionOperand(function.getFunctionName(), arguments);
        MessageSet messages = function.validate(searcher, operand, (TerminalClause) null);
        if (messages.hasAnyErrors()) {
            throw new JqlProblem(List.copyOf(messages.getErrorMessages()));
        }
        Set<Long> ids = new HashSet<>();
        function.getValues(new SearchContext(searcher), operand, null).forEach(literal -> ids.add(literal.getLongValue()));
        return ids;
    }

    private Predicate<DoubleIssue> equality(String clause, String operator, Predicate<DoubleIssue> equal) {
        return switch (operator) {
            case "=" -> equal;
            case "!=" -> equal.negate();
            default -> throw problem("Use = or != in “" + clause + "”.");
        };
    }

    private Predicate<DoubleIssue> assignee(String clause, String operator, String value, boolean empty, ApplicationUser searcher) {
        if (empty) {
            return emptiness(clause, operator, issue -> issue.getAssignee() == null);
        }
        String username = value.equalsIgnoreCase("currentUser()") ? (searcher == null ? "" : searcher.getUsername()) : value;
        return equality(clause, operator, issue -> issue.getAssignee() != null && issue.getAssignee().getUsername().equalsIgnoreCase(username));
    }

    private Predicate<DoubleIssue> resolution(String clause, String operator, String value, boolean empty) {
        if (empty || value.equalsIgnoreCase("Unresolved")) {
            return emptiness(clause, operator, issue -> issue.getResolutionId() == null);
        }
        throw problem("The sandbox searches resolution only for EMPTY or Unresolved, not “" + value + "”.");
    }

    private Predicate<DoubleIssue> emptiness(String clause, String operator, Predicate<DoubleIssue> isEmpty) {
        return switch (operator) {
            case "=", "is" -> isEmpty;
            case "!=", "is not" -> isEmpty.negate();
            default -> throw problem("Use = EMPTY, is EMPTY or is not EMPTY in “" + clause + "”.");
        };
    }

    private Predicate<DoubleIssue> dueDate(String clause, String operator, String value) {
        boolean now = value.equalsIgnoreCase("now()");
        LocalDate day;
        try {
            day = now ? LocalDate.now(clock) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem("The due date in “" + clause + "” is not now() or a date such as 2026-12-01.");
        }
        // As in Jira, a due date is the start of its day: compared with now(), an issue due today is already "< now()".
        Predicate<LocalDate> test = switch (operator) {
            case "<" -> due -> now ? !due.isAfter(day) : due.isBefore(day);
            case "<=" -> due -> !due.isAfter(day);
            case ">" -> due -> due.isAfter(day);
            case ">=" -> due -> now ? due.isAfter(day) : !due.isBefore(day);
            default -> throw problem("Use <, <=, > or >= with the due date in “" + clause + "”.");
        };
        return issue -> issue.dueDay() != null && test.test(issue.dueDay());
    }

    private static String[] arguments(String text) {
        if (text.isBlank()) {
            return new String[0];
        }
        return java.util.Arrays.stream(text.split(",")).map(String::strip).map(JqlSearch::unquote).toArray(String[]::new);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static long number(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    }

    private static JqlProblem problem(String message) {
        return new JqlProblem(List.of(message));
    }
}
