package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;

/**
 * Stand-in (compile only). A @PublicApi interface of jira-api. {@code Avatar create(String fileName, String
 * contentType, IconType iconType, IconOwningObjectId owner, InputStream imageData, Selection croppingSelection)
 * throws IOException}: the public way to store a custom icon, called so by a Jira 10/11 app (jakarta.inject) for
 * its issue type icon with owner "0"; it replaces the jira-core {@code AvatarImpl} factory the app used before.
 * DataAccessException, which the real method also declares, is unchecked.
 */
public interface AvatarManager {
    Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner, InputStream imageData,
                  Selection croppingSelection) throws IOException;
}
