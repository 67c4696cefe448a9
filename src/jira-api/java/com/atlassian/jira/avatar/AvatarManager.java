package com.atlassian.jira.avatar;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in (compile only). {@code create(Avatar, InputStream, Selection)}: Jira 7.x javadoc and a call site
 * compiled against jira-api 8.8.1 (cures-condec-jira {@code JiraSchemeManager.createIssueType}).
 * DataAccessException, which the real method also declares, is unchecked.
 */
public interface AvatarManager {
    Avatar create(Avatar avatar, InputStream image, Selection croppingSelection) throws IOException;
}
