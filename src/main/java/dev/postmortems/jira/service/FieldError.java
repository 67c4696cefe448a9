package dev.postmortems.jira.service;

import java.util.List;

/**
 * One thing wrong with a request, for the field it concerns.
 *
 * @param field      the JSON field, or {@code ""} for the request as a whole
 * @param messageKey the i18n key of the explanation
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {
    public FieldError(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
