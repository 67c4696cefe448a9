package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/** Stand-in (compile only). A final class (SAL 2.10 sources). */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && Objects.equals(userkey, other.userkey);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userkey);
    }
}
