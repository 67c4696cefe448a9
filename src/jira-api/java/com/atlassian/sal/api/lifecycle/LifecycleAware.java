package com.atlassian.sal.api.lifecycle;

/** Stand-in (compile only). Signatures: jira-api-signatures.md §16 (SAL 2.10 sources, SAL 3 javadoc). */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
