package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only). Jira 10/11 REST v2 security annotation, in the same package as {@link UnrestrictedAccess}
 * (Atlassian's "Prepare your Data Center app to comply with secure endpoint defaults", platform 7, which lists
 * AdminOnly, AnonymousSiteAccess, LicensedOnly, SystemAdminOnly, UnlicensedSiteAccess and UnrestrictedAccess).
 * Reaches the resource only for users who hold a product licence (so never anonymously). The app uses it for every
 * change.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
