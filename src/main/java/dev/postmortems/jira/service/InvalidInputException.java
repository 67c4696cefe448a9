package dev.postmortems.jira.service;

import java.util.List;

/** The request cannot be carried out as given, and nothing was changed: answered as 400. */
public final class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
