package com.atlassian.jira.avatar;

/** Stand-in (compile only). Jira 7.x javadoc ({@code jira/server/.../Avatar.html}); 8.8.1 call site {@code getId()}. */
public interface Avatar {
    Long getId();
}
