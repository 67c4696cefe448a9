package dev.postmortems.jira.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.WebInterfaceManager;
import dev.postmortems.jira.view.IssuePanels;
import dev.postmortems.jira.view.PostmortemPanel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one of the app's web panels through Jira's web interface manager, as Jira's issue view does: the panel's
 * module applies its context provider and renders its Velocity view with Jira's escaping. So the page and a panel
 * rendered again after a change come from one template. The caller has checked that the issue is a postmortem the
 * user may browse; the panel's condition says the same.
 */
public final class JiraIssuePanels implements IssuePanels {
    private static final String PLUGIN_KEY = "dev.postmortems.jira";
    /** The issue view's main and side columns, where the app's panels sit. */
    private static final List<String> ISSUE_VIEW = List.of("atl.jira.view.issue.left.context", "atl.jira.view.issue.right.context");

    private final WebInterfaceManager webInterfaceManager;
    private final IssueManager issueManager;
    private final JiraAuthenticationContext authenticationContext;

    public JiraIssuePanels(WebInterfaceManager webInterfaceManager, IssueManager issueManager,
                           JiraAuthenticationContext authenticationContext) {
        this.webInterfaceManager = webInterfaceManager;
        this.issueManager = issueManager;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> html(PostmortemPanel panel, String issueKey) {
        Issue issue = issueManager.getIssueObject(issueKey);
        if (issue == null) {
            return Optional.empty();
        }
        // What Jira's issue view puts in a web panel's context.
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", issue.getProjectObject());
        context.put("user", authenticationContext.getLoggedInUser());
        String key = PLUGIN_KEY + ":" + panel.moduleKey();
        return ISSUE_VIEW.stream().flatMap(location -> webInterfaceManager.getWebPanelDescriptors(location).stream())
                .filter(descriptor -> key.equals(descriptor.getCompleteKey())).findFirst()
                .map(descriptor -> descriptor.getModule().getHtml(context));
    }
}
