package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/**
 * Stand-in (compile only). A final class in Jira. {@code createCustomAvatar(String, String, String, IconType)}:
 * parameters from a call site compiled against jira-api 8.8.1; the return type {@code AvatarImpl} as in every
 * {@code createCustomAvatar} overload of the published sources.
 */
public final class AvatarImpl implements Avatar {
    private final String fileName;
    private final String contentType;
    private final String owner;
    private final IconType iconType;

    private AvatarImpl(String fileName, String contentType, String owner, IconType iconType) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.owner = owner;
        this.iconType = iconType;
    }

    public static AvatarImpl createCustomAvatar(String fileName, String contentType, String owner, IconType iconType) {
        return new AvatarImpl(fileName, contentType, owner, iconType);
    }

    @Override
    public Long getId() {
        return null;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public String getOwner() {
        return owner;
    }

    public IconType getIconType() {
        return iconType;
    }
}
