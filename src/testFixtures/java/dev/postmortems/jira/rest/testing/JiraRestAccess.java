package dev.postmortems.jira.rest.testing;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.user.UserKey;
import dev.postmortems.jira.jiradouble.JiraDouble;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Jira's REST framework (REST v2) does with the access annotations before a resource runs, as Atlassian's
 * secure-endpoint documentation describes them: an annotation on the method wins over one on the class; with none,
 * Jira's secure default lets only licensed users in. Anonymous callers get 401, logged-in callers who lack the
 * access 403. Every user of the double holds a licence; the site's anonymous access is the double's setting.
 */
public final class JiraRestAccess implements DynamicFeature {
    /** The annotations, narrowest last, as the tests and the README name them. */
    public static final List<Class<? extends Annotation>> ANNOTATIONS =
            List.of(UnrestrictedAccess.class, AnonymousSiteAccess.class, LicensedOnly.class, AdminOnly.class);

    private final JiraDouble jira;

    public JiraRestAccess(JiraDouble jira) {
        this.jira = jira;
    }

    /** The access annotation in force on a resource method: its own, else its class's, else empty (Jira's default). */
    public static Optional<Class<? extends Annotation>> accessOf(java.lang.reflect.Method method) {
        return annotationOn(method).or(() -> annotationOn(method.getDeclaringClass()));
    }

    private static Optional<Class<? extends Annotation>> annotationOn(AnnotatedElement element) {
        return ANNOTATIONS.stream().filter(element::isAnnotationPresent).findFirst();
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Class<? extends Annotation> access = accessOf(resource.getResourceMethod()).orElse(LicensedOnly.class);
        context.register(new Check(access), Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    private final class Check implements ContainerRequestFilter {
        private final Class<? extends Annotation> access;

        Check(Class<? extends Annotation> access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var user = jira.authentication().getLoggedInUser();
            boolean anonymous = user == null;
            if (access == UnrestrictedAccess.class || access == AnonymousSiteAccess.class && (!anonymous || jira.allowsAnonymousAccess())) {
                return;
            }
            if (anonymous) {
                request.abortWith(refusal(Response.Status.UNAUTHORIZED, "You are not logged in."));
            } else if (access == AdminOnly.class && !jira.users().isAdmin(new UserKey(user.getKey()))) {
                request.abortWith(refusal(Response.Status.FORBIDDEN, "You are not an administrator."));
            }
        }
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errorMessages", List.of(message), "errors", Map.of())).build();
    }
}
