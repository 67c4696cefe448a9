package dev.postmortems.jira.rest.whys;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.whys.WhyChain;
import dev.postmortems.jira.service.cause.RootCauseSorting;
import dev.postmortems.jira.view.whys.WhyChainView;
import dev.postmortems.jira.view.whys.WhysPresenter;
import dev.postmortems.jira.service.whys.WhysService;
import dev.postmortems.jira.view.whys.WhysView;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/whys}: the why-chains, each saved whole with its steps.
 * Same rules as the timeline: Jira's permissions in the service, JSON-only changes, 409 on a stale chain. The
 * blameless check's findings come back in every chain ({@code problemParts}, {@code questionParts}, …).
 */
@Path("/postmortems/{issueKey}/whys")
@Produces(MediaType.APPLICATION_JSON)
public final class WhysResource {
    private final WhysService service;
    private final RootCauseSorting sorting;
    private final PostmortemSnapshots snapshots;
    private final WhysPresenter presenter;

    @Inject
    public WhysResource(WhysService service, RootCauseSorting sorting, PostmortemSnapshots snapshots, WhysPresenter presenter) {
        this.service = service;
        this.sorting = sorting;
        this.snapshots = snapshots;
        this.presenter = presenter;
    }

    @AnonymousSiteAccess
    @GET
    public WhysView whys(@PathParam("issueKey") String issueKey) {
        return presenter.present(snapshots.of(issueKey));
    }

    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("issueKey") String issueKey, WhyChainJson chain) {
        WhyChainJson json = orEmpty(chain);
        WhysService.Added added = service.add(issueKey, json.input(), json.requestId());
        return Response.status(added.now() ? Response.Status.CREATED : Response.Status.OK)
                .entity(shown(issueKey, added.chain())).build();
    }

    @LicensedOnly
    @PUT
    @Path("/{chainId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WhyChainView update(@PathParam("issueKey") String issueKey, @PathParam("chainId") long chainId, WhyChainJson chain) {
        WhyChainJson json = orEmpty(chain);
        return shown(issueKey, service.update(issueKey, chainId, json.revision(), json.input()));
    }

    @LicensedOnly
    @PUT
    @Path("/{chainId}/category")
    @Consumes(MediaType.APPLICATION_JSON)
    public WhyChainView categorize(@PathParam("issueKey") String issueKey, @PathParam("chainId") long chainId,
                                   CategoryChoiceJson choice) {
        CategoryChoiceJson json = choice == null ? new CategoryChoiceJson(null, null, null) : choice;
        return shown(issueKey, sorting.categorize(issueKey, chainId, json.revision(), json.categoryId(), json.componentId()));
    }

    @LicensedOnly
    @DELETE
    @Path("/{chainId}")
    public Response delete(@PathParam("issueKey") String issueKey, @PathParam("chainId") long chainId) {
        service.delete(issueKey, chainId);
        return Response.noContent().build();
    }

    @LicensedOnly
    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public WhysView reorder(@PathParam("issueKey") String issueKey, ChainOrderJson order) {
        service.reorder(issueKey, order == null ? null : order.chainIds());
        return presenter.present(snapshots.of(issueKey));
    }

    private WhyChainView shown(String issueKey, WhyChain chain) {
        return presenter.chain(snapshots.of(issueKey), chain);
    }

    private static WhyChainJson orEmpty(WhyChainJson chain) {
        return chain == null ? new WhyChainJson(null, null, null, null, null) : chain;
    }
}
