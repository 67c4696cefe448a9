package dev.postmortems.jira.view.insight;

import dev.postmortems.jira.service.Links;
import dev.postmortems.jira.service.Ticket;
import dev.postmortems.jira.service.jql.JqlKeys;

import java.util.List;
import java.util.Map;

/**
 * The link behind a dashboard item's number: Jira's search for exactly the issues counted. Up to {@value #MOST}
 * issues, which keeps the link within what a web server accepts in one request line; beyond that the number is shown
 * without a link.
 */
final class IssuesSearch {
    static final int MOST = 200;

    private final Links links;

    IssuesSearch(Links links) {
        this.links = links;
    }

    /** @param issues the issues read for the item, by id; every id given must be one of them */
    String of(List<Long> ids, Map<Long, Ticket> issues) {
        if (ids.isEmpty() || ids.size() > MOST) {
            return "";
        }
        return links.search(new JqlKeys(ids.stream().map(id -> issues.get(id).key()).toList()).jql());
    }

    /** How many issues, with the search for them. */
    IssueCount count(List<Long> ids, Map<Long, Ticket> issues) {
        return new IssueCount(ids.size(), of(ids, issues));
    }
}
