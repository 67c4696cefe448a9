package dev.postmortems.jira.rest.cause;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.service.cause.CauseCategoryService;
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

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/config/cause-categories}: the site's cause categories, behind the configuration
 * page; Jira administrators only. A category that root causes are sorted into, or the last one, is never deleted.
 */
@AdminOnly
@Path("/config/cause-categories")
@Produces(MediaType.APPLICATION_JSON)
public final class CauseCategoriesResource {
    private final CauseCategoryService service;

    @Inject
    public CauseCategoriesResource(CauseCategoryService service) {
        this.service = service;
    }

    /** A category as sent and answered. */
    public record CategoryJson(Long id, String name, Integer position) {
        static CategoryJson of(CauseCategory category) {
            return new CategoryJson(category.id(), category.name(), category.position());
        }
    }

    /** A new order: every category's id once. */
    public record OrderJson(List<Long> ids) {
    }

    @GET
    public List<CategoryJson> categories() {
        return shown(service.catalogue());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(CategoryJson category) {
        CauseCategory added = service.add(category == null ? null : category.name());
        return Response.status(Response.Status.CREATED).entity(CategoryJson.of(added)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CategoryJson> rename(@PathParam("id") long id, CategoryJson category) {
        return shown(service.rename(id, category == null ? null : category.name()));
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CategoryJson> reorder(OrderJson order) {
        return shown(service.reorder(order == null ? null : order.ids()));
    }

    @DELETE
    @Path("/{id}")
    public List<CategoryJson> delete(@PathParam("id") long id) {
        return shown(service.delete(id));
    }

    private static List<CategoryJson> shown(CauseCatalogue catalogue) {
        return catalogue.categories().stream().map(CategoryJson::of).toList();
    }
}
