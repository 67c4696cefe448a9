package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in (compile only). Each member read in activeobjects-plugin 0.23/2.0.1
 * sources and a decompiled newer interface, and called by an app compiled against Jira 11.3.1.
 * Erasures matter: {@code find} returns {@code RawEntity[]}, {@code count} returns {@code int}.
 */
public interface ActiveObjects {
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Read-only rows handed to the callback one by one, without caching them. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, net.java.ao.EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
