package dev.postmortems.jira.jira.config;

import com.atlassian.plugin.web.WebInterfaceManager;
import dev.postmortems.jira.service.WhoIsAsking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.HashMap;
import java.util.Map;

/**
 * The app's configuration page, where Manage apps → Configure leads ({@code configure.url}): for Jira administrators
 * only (403 for others). Its panels are {@code configuration-head} and {@code configuration-page}.
 */
public final class ConfigurationServlet extends PanelPageServlet {
    private final transient WhoIsAsking who;

    public ConfigurationServlet(WhoIsAsking who, WebInterfaceManager webInterfaceManager) {
        super(who, webInterfaceManager, ConfigurationCondition.LOCATION);
        this.who = who;
    }

    @Override
    Refusable<Map<String, Object>> context(HttpServletRequest request) {
        return who.isAdmin() ? Refusable.of(new HashMap<>()) : Refusable.refused(HttpServletResponse.SC_FORBIDDEN);
    }
}
