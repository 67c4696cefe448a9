package com.atlassian.sal.api.lifecycle;

/** Stand-in (compile only). Evidence: (SAL 2.10 sources, SAL 3 javadoc). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
