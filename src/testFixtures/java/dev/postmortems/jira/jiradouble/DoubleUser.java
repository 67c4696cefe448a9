package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.user.ApplicationUser;

import java.time.ZoneId;

/** A Jira user of the double, with the time zone set in their profile. */
public record DoubleUser(String key, String username, String displayName, ZoneId timeZone) implements ApplicationUser {
    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}
