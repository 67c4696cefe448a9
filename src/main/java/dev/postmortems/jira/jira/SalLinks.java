package dev.postmortems.jira.jira;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import dev.postmortems.jira.service.Links;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links under Jira's own context path, relative so they work behind any proxy. */
public final class SalLinks implements Links {
    private final ApplicationProperties applicationProperties;

    public SalLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String issue(String issueKey) {
        return page(UrlMode.RELATIVE, issueKey);
    }

    @Override
    public String issueOnSite(String issueKey) {
        return page(UrlMode.CANONICAL, issueKey);
    }

    @Override
    public String meetingInvitation(String postmortemKey) {
        return applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/rest/postmortems/1.0/postmortems/"
                + URLEncoder.encode(postmortemKey, StandardCharsets.UTF_8) + "/meeting/invitation.ics";
    }

    @Override
    public String search(String jql) {
        return applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/issues/?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8);
    }

    @Override
    public String projectSettings(String projectKey) {
        return applicationProperties.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/postmortems/project-settings?projectKey="
                + URLEncoder.encode(projectKey, StandardCharsets.UTF_8);
    }

    private String page(UrlMode mode, String issueKey) {
        return applicationProperties.getBaseUrl(mode) + "/browse/" + URLEncoder.encode(issueKey, StandardCharsets.UTF_8);
    }
}
