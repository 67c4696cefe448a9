package dev.postmortems.jira.rest.insight;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.service.insight.InsightScope;
import dev.postmortems.jira.view.insight.CausesPresenter;
import dev.postmortems.jira.view.insight.CausesView;
import dev.postmortems.jira.view.insight.FollowThroughPresenter;
import dev.postmortems.jira.view.insight.FollowThroughView;
import dev.postmortems.jira.view.insight.PipelinePresenter;
import dev.postmortems.jira.view.insight.PipelineView;
import dev.postmortems.jira.view.insight.RecoveryPresenter;
import dev.postmortems.jira.view.insight.RecoveryView;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/insights}: what the dashboard gadgets show, for logged-in people, from the projects
 * they may browse only (another project is answered like one that does not exist).
 */
@LicensedOnly
@Path("/insights")
@Produces(MediaType.APPLICATION_JSON)
public final class InsightsResource {
    private final RecoveryPresenter recovery;
    private final CausesPresenter causes;
    private final FollowThroughPresenter followThrough;
    private final PipelinePresenter pipeline;
    private final InsightScope scope;

    @Inject
    public InsightsResource(RecoveryPresenter recovery, CausesPresenter causes, FollowThroughPresenter followThrough, PipelinePresenter pipeline,
                            InsightScope scope) {
        this.recovery = recovery;
        this.causes = causes;
        this.followThrough = followThrough;
        this.pipeline = pipeline;
        this.scope = scope;
    }

    /** A project a gadget may be scoped to. */
    public record ProjectJson(String key, String name) {
    }

    /** The projects the viewer may browse, for a gadget's settings. */
    @GET
    @Path("/projects")
    public List<ProjectJson> projects() {
        return scope.choices().stream().map(project -> new ProjectJson(project.key(), project.name())).toList();
    }

    /** Median time to detect, mitigate and resolve per month over the last twelve months, in one project. */
    @GET
    @Path("/recovery")
    public RecoveryView recovery(@QueryParam("project") String projectKey) {
        return recovery.present(projectKey);
    }

    /**
     * The actions of the project's postmortems: decided and done per month over the last twelve months, the share done
     * by their due date, the open ones by age, the overdue ones by the project their ticket is in, and each kind.
     */
    @GET
    @Path("/follow-through")
    public FollowThroughView followThrough(@QueryParam("project") String projectKey) {
        return followThrough.present(projectKey);
    }

    /**
     * The project's open postmortems by due date and by age, its incidents waiting for a postmortem, the reviews
     * overdue or due within 30 days, and the postmortems whose problem came back with actions still open.
     */
    @GET
    @Path("/pipeline")
    public PipelineView pipeline(@QueryParam("project") String projectKey) {
        return pipeline.present(projectKey);
    }

    /** The cause categories of the project's root causes over the last six months, the most frequent first. */
    @GET
    @Path("/causes")
    public CausesView causes(@QueryParam("project") String projectKey) {
        return causes.present(projectKey);
    }
}
