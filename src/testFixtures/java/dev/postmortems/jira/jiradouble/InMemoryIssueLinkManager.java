package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Jira's issue links, in memory. Counts every call to read links, so tests can bound them. */
public final class InMemoryIssueLinkManager implements IssueLinkManager {
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(30_000);
    private final AtomicLong reads = new AtomicLong();

    public record Link(Long id, Long linkTypeId, Long sourceId, Long destinationId) implements IssueLink {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public Long getLinkTypeId() {
            return linkTypeId;
        }

        @Override
        public Long getSourceId() {
            return sourceId;
        }

        @Override
        public Long getDestinationId() {
            return destinationId;
        }
    }

    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                                ApplicationUser remoteUser) {
        links.add(new Link(ids.incrementAndGet(), issueLinkTypeId, sourceIssueId, destinationIssueId));
    }

    @Override
    public void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser) {
        links.removeIf(link -> link.id().equals(issueLink.getId()));
    }

    @Override
    public java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId) {
        reads.incrementAndGet();
        return links.stream().filter(link -> link.linkTypeId().equals(issueLinkTypeId)).map(IssueLink.class::cast).toList();
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        reads.incrementAndGet();
        return links.stream().filter(link -> link.sourceId().equals(sourceIssueId)).map(IssueLink.class::cast).toList();
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        reads.incrementAndGet();
        return links.stream().filter(link -> link.destinationId().equals(destinationIssueId)).map(IssueLink.class::cast).toList();
    }

    /** A link as it was, with its id; later links count on from it. */
    public void restore(Link link) {
        ids.accumulateAndGet(link.id(), Math::max);
        links.add(link);
    }

    public List<Link> all() {
        return List.copyOf(links);
    }

    public long reads() {
        return reads.get();
    }
}
