package com.atlassian.plugin.util;

/** Run-time stand-in for a class Jira provides; Active Objects asks it which app runs a query. Test class path only. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return "dev.postmortems.jira";
    }
}
