package com.atlassian.jira.avatar;

/** Stand-in (compile only). A class in Jira (4.4–7.x javadoc); the app only passes {@code null} for "no cropping". */
public class Selection {
}
