package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/** Stand-in (compile only). Confirmed by a complete 8.8.1 implementation and calls. */
public interface IssueLinkManager {
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                         ApplicationUser remoteUser) throws CreateException;

    void removeIssueLink(IssueLink issueLink, ApplicationUser remoteUser);

    /** Every link of one type (✅ JD7, I8.8). */
    java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);

    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
