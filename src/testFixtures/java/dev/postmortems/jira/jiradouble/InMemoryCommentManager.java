package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.ArrayList;
import java.util.List;

/** Comments on issues, in the order written. */
public final class InMemoryCommentManager implements CommentManager {
    /** A comment as Jira keeps it. */
    public record Written(long issueId, String author, String body) implements Comment {
        @Override
        public String getBody() {
            return body;
        }
    }

    private final List<Written> comments = new ArrayList<>();

    @Override
    public synchronized Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent) {
        Written comment = new Written(issue.getId(), author == null ? null : author.getUsername(), body);
        comments.add(comment);
        return comment;
    }

    public synchronized List<Written> on(Issue issue) {
        return comments.stream().filter(comment -> comment.issueId() == issue.getId()).toList();
    }

    public synchronized List<Written> all() {
        return List.copyOf(comments);
    }

    public synchronized void restore(Written comment) {
        comments.add(comment);
    }

    public synchronized int count() {
        return comments.size();
    }
}
