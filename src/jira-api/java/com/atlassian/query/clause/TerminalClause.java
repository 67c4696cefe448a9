package com.atlassian.query.clause;

/** Stand-in (compile only). An interface (6.3 source, type used on 11.3.1); the app only passes it on. */
public interface TerminalClause {
    String getName();
}
