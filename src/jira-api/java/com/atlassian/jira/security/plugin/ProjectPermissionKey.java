package com.atlassian.jira.security.plugin;

import java.util.Objects;

/** Stand-in (compile only). A final class (6.3 source). */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && Objects.equals(permissionKey, other.permissionKey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(permissionKey);
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
