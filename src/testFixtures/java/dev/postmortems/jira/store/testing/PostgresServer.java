package dev.postmortems.jira.store.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run, started from Maven Central's binaries on first use and
 * stopped when the JVM exits; each test gets a database of its own on it.
 */
final class PostgresServer {
    private static final AtomicInteger databases = new AtomicInteger();

    private PostgresServer() {
    }

    static DatabaseConnection freshDatabase() {
        String name = "ao_test_" + databases.incrementAndGet();
        try (Connection connection = Holder.SERVER.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new DatabaseConnection(Holder.SERVER.getJdbcUrl("postgres", name), "postgres", "postgres", "public");
    }

    /** Started lazily, so a run that only uses H2 never starts PostgreSQL. */
    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // The JVM is ending; the server's files are temporary.
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
    }
}
