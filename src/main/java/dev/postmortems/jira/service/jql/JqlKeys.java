package dev.postmortems.jira.service.jql;

import java.util.List;

/**
 * The JQL that lists exactly these issues, {@code key in (OPS-2, OPS-9) ORDER BY key}: what a number on a gadget links
 * to. Issue keys are a project key, a hyphen and a number, so they need no quoting.
 */
public record JqlKeys(List<String> keys) {
    public JqlKeys {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A search for no issue");
        }
    }

    public String jql() {
        return "key in (" + String.join(", ", keys) + ") ORDER BY key";
    }
}
