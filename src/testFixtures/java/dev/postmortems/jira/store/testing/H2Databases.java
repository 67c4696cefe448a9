package dev.postmortems.jira.store.testing;

import java.util.UUID;

/** A new in-memory H2 database per test, kept open until the JVM ends so tests do not see each other's rows. */
final class H2Databases {
    private H2Databases() {
    }

    static DatabaseConnection fresh() {
        String name = "ao_" + UUID.randomUUID().toString().replace("-", "");
        // H2 2.x: AO must be given the schema, or its schema reader walks INFORMATION_SCHEMA and fails.
        return new DatabaseConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }
}
