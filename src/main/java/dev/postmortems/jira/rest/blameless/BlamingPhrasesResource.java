package dev.postmortems.jira.rest.blameless;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.postmortems.jira.domain.blameless.BlamingPhrases;
import dev.postmortems.jira.service.blameless.BlamelessService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /rest/postmortems/1.0/config/blameless-phrases}: the blaming phrases admins add to the built-in list.
 * Jira administrators only (403 for everyone else), checked in the service.
 */
@AdminOnly
@Path("/config/blameless-phrases")
@Produces(MediaType.APPLICATION_JSON)
public final class BlamingPhrasesResource {
    private final BlamelessService service;

    @Inject
    public BlamingPhrasesResource(BlamelessService service) {
        this.service = service;
    }

    /** @param builtIn the phrases always checked; {@code extra} those the admins added */
    public record PhrasesJson(List<String> builtIn, List<String> extra) {
    }

    @GET
    public PhrasesJson phrases() {
        return new PhrasesJson(BlamingPhrases.DEFAULTS, service.extraPhrases());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PhrasesJson save(PhrasesJson phrases) {
        service.saveExtraPhrases(phrases == null ? List.of() : phrases.extra());
        return phrases();
    }
}
