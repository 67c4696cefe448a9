package dev.postmortems.jira.jira.cause;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.bc.project.component.ProjectComponentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import dev.postmortems.jira.domain.cause.RootCauseCategory.CauseComponent;
import dev.postmortems.jira.service.cause.ProjectComponents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Components through Jira's {@link ProjectComponentManager} (its own cache, no query of the app's tables). The
 * component API is confirmed on Jira's 5.0 and 7.x javadoc, not on an 11.3 page: should Jira ever not link it, root
 * causes are still sorted into categories, without a component.
 */
public final class JiraProjectComponents implements ProjectComponents {
    private static final Logger LOG = LoggerFactory.getLogger(JiraProjectComponents.class);

    private final IssueManager issueManager;
    private final ProjectComponentManager componentManager;

    public JiraProjectComponents(IssueManager issueManager, ProjectComponentManager componentManager) {
        this.issueManager = issueManager;
        this.componentManager = componentManager;
    }

    @Override
    public List<CauseComponent> ofIssue(long issueId) {
        Issue issue = issueManager.getIssueObject(issueId);
        if (issue == null || issue.getProjectObject() == null) {
            return List.of();
        }
        try {
            Collection<ProjectComponent> components = componentManager.findAllForProject(issue.getProjectObject().getId());
            return components == null ? List.of() : components.stream()
                    .map(component -> new CauseComponent(component.getId(), component.getName()))
                    .sorted(Comparator.comparing(CauseComponent::name, String.CASE_INSENSITIVE_ORDER)).toList();
        } catch (LinkageError unlinked) {
            LOG.warn("Jira's component API is not available; root causes are sorted without components", unlinked);
            return List.of();
        }
    }
}
