package com.atlassian.jira.plugin.jql.function;

/**
 * Stand-in (compile only). An interface (6.3 source). Its supertype JiraResourcedModuleDescriptor is left
 * out: the app only receives it in {@link JqlFunction#init} and reads these two members.
 */
public interface JqlFunctionModuleDescriptor {
    String getFunctionName();

    boolean isList();
}
