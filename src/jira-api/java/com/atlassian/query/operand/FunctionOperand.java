package com.atlassian.query.operand;

import java.util.List;

/** Stand-in (compile only). A class implementing Operand; getArgs returns List&lt;String&gt; (6.3 source, 11.3.1 test). */
public class FunctionOperand implements Operand {
    private final String name;
    private final List<String> args;

    public FunctionOperand(String name, String... args) {
        this.name = name;
        this.args = List.of(args);
    }

    @Override
    public String getName() {
        return name;
    }

    public List<String> getArgs() {
        return args;
    }
}
