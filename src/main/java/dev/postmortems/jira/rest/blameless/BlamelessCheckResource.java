package dev.postmortems.jira.rest.blameless;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import dev.postmortems.jira.domain.blameless.BlamelessFinding;
import dev.postmortems.jira.service.blameless.BlamelessService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/**
 * {@code POST /rest/postmortems/1.0/postmortems/{issueKey}/blameless-check}: the blameless check on any text of a
 * postmortem the caller may read (a cause being typed, an action's description). It only reads; it changes nothing.
 */
@Path("/postmortems/{issueKey}/blameless-check")
@Produces(MediaType.APPLICATION_JSON)
public final class BlamelessCheckResource {
    private final BlamelessService service;

    @Inject
    public BlamelessCheckResource(BlamelessService service) {
        this.service = service;
    }

    public record TextJson(String text) {
    }

    public record FindingJson(String kind, int start, int end, String words) {
    }

    public record FindingsJson(List<FindingJson> findings) {
    }

    @AnonymousSiteAccess
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public FindingsJson check(@PathParam("issueKey") String issueKey, TextJson text) {
        List<BlamelessFinding> findings = service.check(issueKey, text == null ? null : text.text());
        return new FindingsJson(findings.stream().map(finding -> new FindingJson(finding.kind().name().toLowerCase(Locale.ROOT),
                finding.start(), finding.end(), finding.words())).toList());
    }
}
