package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only). Jira 10/11 REST v2 security annotation, in the same package as {@link UnrestrictedAccess}
 * (Atlassian's "Prepare your Data Center app to comply with secure endpoint defaults", platform 7, which lists
 * AdminOnly, AnonymousSiteAccess, LicensedOnly, SystemAdminOnly, UnlicensedSiteAccess and UnrestrictedAccess).
 * Reaches the resource if the caller is anonymous and the site allows anonymous access, or is logged in with limited
 * unlicensed access on, or holds a product licence. The app uses it for reads, so a site that disallows anonymous
 * access turns anonymous readers away before the resource runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousSiteAccess {
}
