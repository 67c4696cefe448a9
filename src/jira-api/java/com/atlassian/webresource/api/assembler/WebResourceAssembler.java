package com.atlassian.webresource.api.assembler;

/** Stand-in (compile only). Same source as {@link PageBuilderService}. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
