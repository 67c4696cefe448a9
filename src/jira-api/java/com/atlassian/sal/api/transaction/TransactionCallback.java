package com.atlassian.sal.api.transaction;

/** Stand-in (compile only). Signatures: jira-api-signatures.md §15 (SAL 2.10 sources). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
