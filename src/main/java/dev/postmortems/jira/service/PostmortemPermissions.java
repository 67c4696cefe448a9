package dev.postmortems.jira.service;

/**
 * The permission rules every feature shares: browse to read, edit to change, and "not found" for anyone who
 * may not browse, so that nobody learns a postmortem exists by asking.
 */
public final class PostmortemPermissions {
    static final String NOT_FOUND = "postmortems.error.postmortem-not-found";

    private final PostmortemAccess access;

    public PostmortemPermissions(PostmortemAccess access) {
        this.access = access;
    }

    public PostmortemIssue toRead(String issueKey) {
        return access.find(issueKey).orElseThrow(() -> new PostmortemNotFoundException(NOT_FOUND));
    }

    public PostmortemIssue toChange(String issueKey) {
        PostmortemIssue postmortem = toRead(issueKey);
        if (!postmortem.editable()) {
            throw ChangeNotAllowedException.postmortem();
        }
        return postmortem;
    }
}
