package dev.postmortems.jira.store.testing;

import com.atlassian.beehive.ClusterLockService;

import java.util.List;

/**
 * One PostgreSQL database shared by the nodes of a cluster, as a Jira Data Center cluster shares its database:
 * each node opens the app's tables with its own connection pool and Active Objects, and takes cluster locks that
 * the database holds for every node (see {@link AdvisoryClusterLocks}).
 */
public final class ClusterDatabase {
    private final DatabaseConnection connection = PostgresServer.freshDatabase();

    /** A node's own Active Objects on the shared database; the first one creates the app's tables. */
    public AppDatabase openForNode() {
        return new AppDatabase(Database.POSTGRESQL, connection, List.of(AppEntities.ALL));
    }

    /** A node's own lock service; its locks exclude the other nodes' through the database. */
    public ClusterLockService locksForNode() {
        return new AdvisoryClusterLocks(connection);
    }
}
