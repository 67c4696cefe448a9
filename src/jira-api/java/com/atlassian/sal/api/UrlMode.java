package com.atlassian.sal.api;

/**
 * Stand-in (compile only). SAL's URL modes (since SAL 2.10); the app reads RELATIVE and CANONICAL (the base URL an
 * administrator configured), static enum constants resolved by name at run time.
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}
