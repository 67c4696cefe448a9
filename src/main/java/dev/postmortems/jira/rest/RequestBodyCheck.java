package dev.postmortems.jira.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.postmortems.jira.domain.StorableText;
import dev.postmortems.jira.service.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every JSON request body, checked once before any resource reads it, whatever Jira's JSON library would let
 * through: at most {@value #MAX_MEGABYTES} MB (the largest form, fifty actions with long descriptions, is far
 * below), nested at most {@value #MAX_DEPTH} deep (the app's deepest body is three), and no text that cannot be
 * stored as written (see {@link StorableText}) — each refused with a 400 naming the field, so nothing is stored.
 * The body is read with Jackson's streaming parser in one pass: time and memory linear in its size.
 */
@Provider
public final class RequestBodyCheck implements ReaderInterceptor {
    static final int MAX_MEGABYTES = 5;
    static final int MAX_DEPTH = 32;
    private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private final JsonFactory json = new JsonFactory();
    private final Messages messages;

    @Inject
    public RequestBodyCheck(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed(); // the framework refuses other media types with a 415 of its own
        }
        byte[] body = readAtMost(context.getInputStream());
        Map<String, String> problems = problems(body);
        if (!problems.isEmpty()) {
            throw new WebApplicationException(ErrorMappers.json(Response.Status.BAD_REQUEST, new ErrorBody(List.of(), problems)));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            body.write(buffer, 0, n);
            if (body.size() > MAX_BYTES) {
                throw refusal(messages.text("postmortems.error.request.too-large", MAX_MEGABYTES));
            }
        }
        return body.toByteArray();
    }

    /** The fields whose text cannot be stored, with why; a body nested too deeply is refused at once. */
    private Map<String, String> problems(byte[] body) {
        Map<String, String> problems = new LinkedHashMap<>();
        try (JsonParser parser = json.createParser(body)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_DEPTH) {
                    throw refusal(messages.text("postmortems.error.request.too-deep", MAX_DEPTH));
                } else if (token.isStructEnd()) {
                    depth--;
                } else if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && !StorableText.isStorable(parser.getText())) {
                    problems.putIfAbsent(field(parser), messages.text("postmortems.error.request.text-not-storable"));
                }
            }
        } catch (JsonProcessingException e) {
            throw new WebApplicationException(RequestErrorMappers.malformed(messages, e));
        } catch (IOException e) {
            throw refusal(messages.text("postmortems.error.request.not-json"));
        }
        return problems;
    }

    /** The nearest named field around the current token: {@code "participants"} for a string in its list. */
    private static String field(JsonParser parser) {
        for (JsonStreamContext at = parser.getParsingContext(); at != null; at = at.getParent()) {
            if (at.getCurrentName() != null) {
                return at.getCurrentName();
            }
        }
        return "body";
    }

    private static WebApplicationException refusal(String message) {
        return new WebApplicationException(ErrorMappers.json(Response.Status.BAD_REQUEST, ErrorBody.message(message)));
    }
}
