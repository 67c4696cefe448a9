package com.atlassian.query.operand;

/** Stand-in (compile only). An interface (6.3 source); only getName is used. */
public interface Operand {
    String getName();
}
