package dev.postmortems.jira.store.testing;

/** The databases every store test runs on: H2 (Jira's evaluation database) and PostgreSQL (most Data Center sites). */
public enum Database {
    H2,
    POSTGRESQL;

    /** For {@code @Parameterized.Parameters}: one run per database. */
    public static Object[] all() {
        return values();
    }

    DatabaseConnection open() {
        return switch (this) {
            case H2 -> H2Databases.fresh();
            case POSTGRESQL -> PostgresServer.freshDatabase();
        };
    }
}
