package dev.postmortems.jira.rest.access;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.postmortems.jira.rest.testing.JiraRestAccess;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Who may call each endpoint is decided twice, as Jira does it: by the REST framework from the endpoint's access
 * annotation (reads follow the site's anonymous-access setting, changes need a logged-in, licensed user, the
 * site-wide settings an administrator), and again by the services from Jira's permissions. The README's REST
 * table states the first for every endpoint, and this test keeps the two in step.
 */
public class RestAccessTest {
    /** The README's words for each annotation. */
    private static final Map<Class<? extends Annotation>, String> WORDS = Map.of(
            AnonymousSiteAccess.class, "readers", LicensedOnly.class, "logged in", AdminOnly.class, "Jira admins");
    private static final Pattern README_ROW = Pattern.compile("^\\| `(.+?)` \\| ([^|]+?) \\| .*$");

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    @Test
    public void everyEndpointNamesItsAccessAndTheReadmeSaysTheSame() throws Exception {
        Map<String, String> inCode = endpoints();
        Map<String, String> inReadme = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher row = README_ROW.matcher(line);
            if (row.matches() && row.group(1).matches("(GET|POST|PUT|DELETE).*")) {
                String[] methodsAndPath = row.group(1).replace("`", "").split(" (?=/)");
                for (String method : methodsAndPath[0].split(", ")) {
                    inReadme.put(method + " " + methodsAndPath[1].replaceAll("\\?.*", ""), row.group(2).strip());
                }
            }
        }

        assertEquals(inCode, inReadme);
    }

    @Test
    public void changesAreForLoggedInUsersAndReadsNeverForAnyoneMoreThanTheSiteAllows() throws Exception {
        endpoints().forEach((endpoint, access) -> {
            if (endpoint.startsWith("GET") || endpoint.equals("POST /postmortems/{issueKey}/blameless-check")) {
                assertTrue(endpoint, List.of("readers", "logged in", "Jira admins").contains(access));
            } else {
                assertTrue(endpoint + " is " + access, List.of("logged in", "Jira admins").contains(access));
            }
        });
    }

    @Test
    public void givenASiteWithoutAnonymousAccess_thenAnonymousCallersAreTurnedAwayBeforeAnyResourceRuns() throws Exception {
        PostmortemFixture app = rule.fixture();
        String timeline = "/postmortems/" + app.postmortem().getKey() + "/timeline";
        app.jira().allowAnonymousAccess(false);

        assertEquals(401, app.rest().get(ANONYMOUS, timeline).status());
        assertEquals(401, app.rest().post(ANONYMOUS, timeline, Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "x")).status());
        assertEquals(200, app.rest().get(VIEWER, timeline).status());
    }

    @Test
    public void givenASiteWithAnonymousAccess_thenReadsReachTheServiceWhichAppliesJirasPermissions() throws Exception {
        PostmortemFixture app = rule.fixture();
        String timeline = "/postmortems/" + app.postmortem().getKey() + "/timeline";

        assertEquals(404, app.rest().get(ANONYMOUS, timeline).status()); // anonymous users may not browse OPS
        assertEquals(401, app.rest().post(ANONYMOUS, timeline, Map.of("occurredAt", "2026-11-20T10:00:00Z", "text", "x")).status());
    }

    @Test
    public void theSiteWideSettingsAreForJiraAdministratorsAtTheRestLayerToo() throws Exception {
        PostmortemFixture app = rule.fixture();

        assertEquals(403, app.rest().get(EDITOR, "/config/reminders").status());
        assertEquals(401, app.rest().get(ANONYMOUS, "/config/blameless-phrases").status());
        assertEquals(200, app.rest().get(ADMIN, "/config/reminders").status());
        assertEquals(200, app.rest().get(ADMIN, "/config/blameless-phrases").status());
    }

    /** "METHOD /path" of every resource method, with the README's word for its access annotation. */
    private static Map<String, String> endpoints() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(jakarta.ws.rs.Path.class));
        Map<String, String> endpoints = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dev.postmortems.jira.rest")) {
            Class<?> resource = Class.forName(candidate.getBeanClassName());
            String root = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                String path = root + (method.isAnnotationPresent(jakarta.ws.rs.Path.class) ? method.getAnnotation(jakarta.ws.rs.Path.class).value() : "");
                Class<? extends Annotation> access = JiraRestAccess.accessOf(method)
                        .orElseThrow(() -> new AssertionError(resource.getSimpleName() + "." + method.getName() + " names no access"));
                endpoints.put(verb + " " + path, WORDS.getOrDefault(access, access.getSimpleName()));
            }
        }
        return endpoints;
    }
}
