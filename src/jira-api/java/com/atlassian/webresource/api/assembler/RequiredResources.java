package com.atlassian.webresource.api.assembler;

/** Stand-in (compile only). Same source as {@link PageBuilderService}; returns itself for chaining. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
