package dev.postmortems.jira.jira;

import com.atlassian.cache.CacheLoader;
import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshot;
import dev.postmortems.jira.service.snapshot.PostmortemSnapshots;

import java.util.Optional;

/**
 * The postmortem's snapshot shared by every panel of one issue view: Jira renders each panel on its own, in one HTTP
 * request, and this reads the snapshot once for all of them through Jira's request-scoped cache, which Jira empties
 * when the request ends — so nothing is ever served to another request or another user. Only the issue view's panels
 * share it: REST reads and everything after a change read a snapshot of their own. Should this Jira not offer the
 * request cache, each panel reads its own snapshot: the same answer, with more queries.
 */
public final class RequestSnapshots {
    private final PostmortemSnapshots snapshots;
    private final Optional<RequestCache<String, PostmortemSnapshot>> thisRequest;

    public RequestSnapshots(PostmortemSnapshots snapshots, RequestCacheFactory requestCaches) {
        this.snapshots = snapshots;
        this.thisRequest = shared(requestCaches, snapshots::of);
    }

    /** The postmortem as the current user sees it in this request; "not found" for anyone who may not browse it. */
    public PostmortemSnapshot of(String issueKey) {
        if (thisRequest.isPresent()) {
            try {
                return thisRequest.get().get(issueKey);
            } catch (LinkageError notInThisJira) {
                return snapshots.of(issueKey);
            }
        }
        return snapshots.of(issueKey);
    }

    private static Optional<RequestCache<String, PostmortemSnapshot>> shared(RequestCacheFactory requestCaches,
                                                                          CacheLoader<String, PostmortemSnapshot> loader) {
        try {
            return Optional.of(requestCaches.createRequestCache("dev.postmortems.jira.snapshot", loader));
        } catch (LinkageError | RuntimeException notInThisJira) {
            // A Jira without the member, or without the service (the optional reference then refuses at once).
            return Optional.empty();
        }
    }
}
