package com.atlassian.jira.issue.label;

import com.atlassian.jira.user.ApplicationUser;

/** Stand-in (compile only). Jira 7.x javadoc ({@code jira/latest/.../LabelManager.html}), @PublicApi interface. */
public interface LabelManager {
    Label addLabel(ApplicationUser remoteUser, Long issueId, String label, boolean sendNotification);
}
