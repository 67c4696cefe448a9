package dev.postmortems.jira.rest.whys;

import java.util.List;

/** The postmortem's chains in the order they should be shown. */
public record ChainOrderJson(List<Long> chainIds) {
}
