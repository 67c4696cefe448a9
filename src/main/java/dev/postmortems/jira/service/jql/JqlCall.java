package dev.postmortems.jira.service.jql;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The JQL that calls one of the app's functions, {@code issue in postmortemsByCause("change", "Search")}, for links
 * to Jira's search. Each argument is a quoted JQL string, with the quote, the backslash and line breaks escaped, so a
 * name can hold any character and still be one argument.
 */
public record JqlCall(String function, List<String> arguments) {
    public JqlCall {
        arguments = List.copyOf(arguments);
    }

    public String jql() {
        return "issue in " + function + "(" + arguments.stream().map(JqlCall::quoted).collect(Collectors.joining(", ")) + ")";
    }

    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }
}
