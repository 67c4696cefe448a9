package dev.postmortems.jira.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.postmortems.jira.service.Messages;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Requests the app's forms never send — JSON that does not parse, a value of the wrong type, an address with no
 * resource, a method or media type it does not take — answered in Jira's error shape, in the caller's language. The JSON
 * library's and the REST framework's own answers are plain text naming their classes; these take their place.
 */
public final class RequestErrorMappers {
    private RequestErrorMappers() {
    }

    static Response malformed(Messages messages, JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            // The innermost named field is the one whose value did not fit ("revision": "soon").
            String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).reduce((outer, inner) -> inner).orElse(null);
            if (field != null) {
                return ErrorMappers.json(Response.Status.BAD_REQUEST,
                        new ErrorBody(List.of(), Map.of(field, messages.text("postmortems.error.request.wrong-type"))));
            }
        }
        JsonLocation at = e.getLocation();
        String message = at == null || at.getLineNr() < 1
                ? messages.text("postmortems.error.request.not-json")
                : messages.text("postmortems.error.request.not-json-at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        return ErrorMappers.json(Response.Status.BAD_REQUEST, ErrorBody.message(message));
    }

    /** The JSON errors mapped alike: what differs is only the exception type each mapper is chosen for. */
    abstract static class JsonErrors<E extends JsonProcessingException> implements ExceptionMapper<E> {
        private final Messages messages;

        JsonErrors(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(E e) {
            return malformed(messages, e);
        }
    }

    /** Any failure to read the JSON body that the body check before it did not already refuse. */
    @Provider
    @Priority(Priorities.USER)
    public static final class MalformedJson extends JsonErrors<JsonProcessingException> {
        @Inject
        public MalformedJson(Messages messages) {
            super(messages);
        }
    }

    /**
     * A value of the wrong type ({@code "revision": "soon"}). Named for exactly the type the framework's own
     * plain-text mapper takes, and ranked before it (a user priority), so this one is chosen instead.
     */
    @Provider
    @Priority(Priorities.USER)
    public static final class MismatchedJson extends JsonErrors<JsonMappingException> {
        @Inject
        public MismatchedJson(Messages messages) {
            super(messages);
        }
    }

    /**
     * What the REST framework refuses before a resource runs — no resource at the address (an id that is no
     * number included), a method or media type it does not take, a body over the limit — with its status kept.
     */
    @Provider
    @Priority(Priorities.USER)
    public static final class Refused implements ExceptionMapper<WebApplicationException> {
        private final Messages messages;

        @Inject
        public Refused(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String message = switch (status) {
                case 404 -> messages.text("postmortems.error.request.no-such-address");
                case 405 -> messages.text("postmortems.error.request.method");
                case 406 -> messages.text("postmortems.error.request.accept");
                case 413 -> messages.text("postmortems.error.request.too-large", RequestBodyCheck.MAX_MEGABYTES);
                case 415 -> messages.text("postmortems.error.request.media-type");
                default -> messages.text("postmortems.error.request.refused");
            };
            // Headers the framework set (such as Allow on a 405) stay.
            return Response.fromResponse(e.getResponse()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorBody.message(message)).build();
        }
    }
}
