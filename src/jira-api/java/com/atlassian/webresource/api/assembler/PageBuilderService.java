package com.atlassian.webresource.api.assembler;

/** Stand-in (compile only). Implemented by a test double compiled against jira-api 8.8.1 (cures-condec-jira). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
