package dev.postmortems.jira.rest.action;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.domain.action.ActionRecord;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.action.ActionOutcome;
import dev.postmortems.jira.service.action.ActionService;
import dev.postmortems.jira.view.action.ActionView;
import dev.postmortems.jira.view.action.ActionsPresenter;
import dev.postmortems.jira.view.action.ActionsView;
import dev.postmortems.jira.service.action.AttachInput;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /rest/postmortems/1.0/postmortems/{issueKey}/actions}: the postmortem's actions as Jira tickets. Same
 * permission, XSRF and error rules as the other panels. Creating several at once answers per action.
 */
@Path("/postmortems/{issueKey}/actions")
@Produces(MediaType.APPLICATION_JSON)
public final class ActionsResource {
    private final ActionService service;
    private final PostmortemSnapshots snapshots;
    private final ActionsPresenter presenter;
    private final Messages messages;

    @Inject
    public ActionsResource(ActionService service, PostmortemSnapshots snapshots, ActionsPresenter presenter, Messages messages) {
        this.service = service;
        this.snapshots = snapshots;
        this.presenter = presenter;
        this.messages = messages;
    }

    @AnonymousSiteAccess
    @GET
    public ActionsView actions(@PathParam("issueKey") String issueKey) {
        PostmortemSnapshot snapshot = snapshots.of(issueKey);
        return presenter.present(snapshot, service.form(snapshot.postmortem()));
    }

    /** 201 when at least one action was created (each result says which), 400 when none was. */
    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("issueKey") String issueKey, List<ActionJson> actions) {
        List<ActionOutcome> outcomes = service.add(issueKey,
                actions == null ? null : actions.stream().map(json -> json == null ? null : json.input()).toList());
        PostmortemSnapshot now = snapshots.of(issueKey);
        List<ActionResultsJson.Result> results = new ArrayList<>();
        for (ActionOutcome outcome : outcomes) {
            ActionView view = outcome.action().map(action -> presenter.action(now, action.id())).orElse(null);
            results.add(new ActionResultsJson.Result(outcome.index(), outcome.requestId(), outcome.created(), view,
                    generalMessages(outcome.errors()), fieldMessages(outcome.errors())));
        }
        int created = (int) outcomes.stream().filter(ActionOutcome::created).count();
        boolean none = created == 0;
        ActionResultsJson body = new ActionResultsJson(
                none ? results.get(0).errorMessages() : List.of(), none ? results.get(0).errors() : Map.of(),
                created, outcomes.size() - created, results);
        return Response.status(none ? Response.Status.BAD_REQUEST : Response.Status.CREATED).entity(body).build();
    }

    @LicensedOnly
    @POST
    @Path("/attach")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("issueKey") String issueKey, AttachInput attach) {
        ActionRecord action = service.attach(issueKey, attach);
        return Response.status(Response.Status.CREATED).entity(presenter.action(snapshots.of(issueKey), action.id())).build();
    }

    /** "How will we know it worked?", said or changed after the action was created. */
    public record SuccessCheckJson(String successCheck) {
    }

    @LicensedOnly
    @jakarta.ws.rs.PUT
    @Path("/{actionId}/success-check")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionView describeSuccessCheck(@PathParam("issueKey") String issueKey, @PathParam("actionId") long actionId,
                                           SuccessCheckJson body) {
        ActionRecord action = service.describeSuccessCheck(issueKey, actionId, body == null ? null : body.successCheck());
        return presenter.action(snapshots.of(issueKey), action.id());
    }

    @LicensedOnly
    @DELETE
    @Path("/{actionId}")
    public Response remove(@PathParam("issueKey") String issueKey, @PathParam("actionId") long actionId) {
        service.remove(issueKey, actionId);
        return Response.noContent().build();
    }

    private List<String> generalMessages(List<FieldError> errors) {
        return errors.stream().filter(error -> error.field().isEmpty()).map(this::text).toList();
    }

    private Map<String, String> fieldMessages(List<FieldError> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.stream().filter(error -> !error.field().isEmpty())
                .forEach(error -> byField.merge(error.field(), text(error), (a, b) -> a + " " + b));
        return byField;
    }

    private String text(FieldError error) {
        return messages.text(error.messageKey(), error.arguments().toArray());
    }
}
