package dev.postmortems.jira.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every answer of the app's REST API is the postmortem as it is now: no browser or proxy may keep it, or a panel
 * reloaded right after a save could show the revision before it — as Jira's own REST API answers.
 */
@Provider
public final class NoStoreResponses implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, no-transform");
        }
    }
}
