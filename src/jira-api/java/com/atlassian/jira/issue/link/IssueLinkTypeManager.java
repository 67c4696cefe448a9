package com.atlassian.jira.issue.link;

import java.util.Collection;

/** Stand-in (compile only). Complete abstract set confirmed by an 8.8.1 implementation. */
public interface IssueLinkTypeManager {
    /** Returns void: the new type is found again by name. */
    void createIssueLinkType(String name, String outward, String inward, String style);

    Collection<IssueLinkType> getIssueLinkTypes();

    IssueLinkType getIssueLinkType(Long id);

    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
