package com.atlassian.sal.api.transaction;

/** Stand-in (compile only). Evidence: (SAL 2.10 sources). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
