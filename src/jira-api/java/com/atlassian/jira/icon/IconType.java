package com.atlassian.jira.icon;

/** Stand-in (compile only). Jira 7.x javadoc: {@code public class IconType}, {@code static final IconType ISSUE_TYPE_ICON_TYPE}. */
public class IconType {
    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
