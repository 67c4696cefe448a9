package dev.postmortems.jira.rest.panel;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.service.PostmortemNotFoundException;
import dev.postmortems.jira.service.PostmortemPermissions;
import dev.postmortems.jira.view.IssuePanels;
import dev.postmortems.jira.view.PostmortemPanel;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/panels/{panel}}: one panel of the postmortem's issue view,
 * rendered again as the page renders it, for whoever may browse the postmortem. After a change the panels' scripts
 * put it in place of the old one: the server is the only one that draws a panel.
 */
@Path("/postmortems/{issueKey}/panels/{panel}")
public final class PanelResource {
    private static final String PANEL_NOT_FOUND = "postmortems.error.panel-not-found";

    private final PostmortemPermissions permissions;
    private final IssuePanels panels;

    @Inject
    public PanelResource(PostmortemPermissions permissions, IssuePanels panels) {
        this.permissions = permissions;
        this.panels = panels;
    }

    @AnonymousSiteAccess
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String panel(@PathParam("issueKey") String issueKey, @PathParam("panel") String panel) {
        PostmortemPanel which = PostmortemPanel.named(panel).orElseThrow(() -> new PostmortemNotFoundException(PANEL_NOT_FOUND));
        permissions.toRead(issueKey);
        return panels.html(which, issueKey).orElseThrow(() -> new PostmortemNotFoundException(PANEL_NOT_FOUND));
    }
}
