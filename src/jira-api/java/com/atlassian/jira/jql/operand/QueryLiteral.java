package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;

/** Stand-in (compile only). A class; the (Operand, Long) constructor is called by an app compiled against 11.3.1. */
public class QueryLiteral {
    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = null;
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = null;
        this.stringValue = stringValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public Operand getSourceOperand() {
        return sourceOperand;
    }
}
