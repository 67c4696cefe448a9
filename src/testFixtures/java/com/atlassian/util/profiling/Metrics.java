package com.atlassian.util.profiling;

/**
 * Run-time stand-in for a class Jira provides: Active Objects' EntityManager times every query with it.
 * Outside Jira (tests, the sandbox) it measures nothing. Test class path only, never packaged.
 */
public final class Metrics {
    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    public static final class Builder {
        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return () -> { };
        }
    }
}
