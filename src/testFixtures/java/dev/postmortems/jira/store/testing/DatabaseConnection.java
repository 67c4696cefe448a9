package dev.postmortems.jira.store.testing;

/** Where a fresh, empty database is reached, and the schema Active Objects must be told about. */
record DatabaseConnection(String url, String user, String password, String schema) {
}
