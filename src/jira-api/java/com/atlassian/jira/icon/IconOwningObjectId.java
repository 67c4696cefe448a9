package com.atlassian.jira.icon;

/**
 * Stand-in (compile only). The id of what an icon belongs to: {@code new IconOwningObjectId(String)}, as a Jira 10/11
 * app (jakarta.inject, issue type avatars) constructs it to call
 * {@link com.atlassian.jira.avatar.AvatarManager#create(String, String, IconType, IconOwningObjectId,
 * java.io.InputStream, com.atlassian.jira.avatar.Selection)}.
 */
public class IconOwningObjectId {
    private final String id;

    public IconOwningObjectId(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
