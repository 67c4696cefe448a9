package com.atlassian.util.profiling;

/** Run-time stand-in (see {@link Metrics}). */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
