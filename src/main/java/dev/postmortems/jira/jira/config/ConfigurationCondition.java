package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.Condition;
import dev.postmortems.jira.service.WhoIsAsking;

import java.util.Map;

/**
 * The configuration page's panels: for Jira administrators, and never where there is an issue (an issue view asks
 * every panel it knows of whether it shows).
 */
public final class ConfigurationCondition implements Condition {
    /** Where the page's panels sit: a location of the app's own, which no Jira page shows. */
    public static final String LOCATION = "dev.postmortems.jira.configuration";

    private final WhoIsAsking who;

    public ConfigurationCondition(WhoIsAsking who) {
        this.who = who;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return !context.containsKey("issue") && who.isAdmin();
    }
}
