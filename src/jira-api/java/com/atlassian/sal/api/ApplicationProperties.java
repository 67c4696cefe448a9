package com.atlassian.sal.api;

/**
 * Stand-in (compile only). {@code String getBaseUrl(UrlMode)} on SAL's ApplicationProperties, as implemented by
 * Confluence 5.5–6.4, Bamboo 5.9 and Crowd 2.8 (their javadoc).
 */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
