package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in (compile only). Jira 10/11 REST v2 security annotation (evidence: used by apps built for
 * Jira 10.3 and 11.3). Lets every caller, anonymous included, reach the resource; the resource then applies
 * Jira's permissions itself, answering 404 to those who may not browse.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
