package dev.postmortems.jira.rest;

import java.util.List;
import java.util.Map;

/** An error as Jira's own REST API shapes it: general messages, and messages per field. */
public record ErrorBody(List<String> errorMessages, Map<String, String> errors) {
    public static ErrorBody message(String message) {
        return new ErrorBody(List.of(message), Map.of());
    }
}
