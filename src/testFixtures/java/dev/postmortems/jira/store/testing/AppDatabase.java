package dev.postmortems.jira.store.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The app's tables in one database, opened as Jira's Active Objects plugin opens them for the app: Atlassian's name
 * converters, this app's table prefix, and the entities migrated (which adds what is missing and keeps the rows).
 */
public final class AppDatabase implements AutoCloseable {
    private final CountingDataSource counting;
    private final EntityManager entityManager;

    AppDatabase(Database kind, DatabaseConnection connection, List<Class<? extends RawEntity<?>>> entities) {
        counting = new CountingDataSource(connection);
        DatabaseProvider provider = switch (kind) {
            case H2 -> new H2DatabaseProvider(counting.dataSource(), connection.schema());
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(counting.dataSource(), connection.schema());
        };
        entityManager = new EntityManager(provider, new AppConfiguration());
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] toMigrate = entities.toArray(new Class[0]);
        try {
            entityManager.migrate(toMigrate);
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("Active Objects could not migrate the app's tables on " + connection.url(), e);
        }
    }

    /** Every table of the app in an H2 file that outlives the process, as Jira's evaluation database does. */
    public static AppDatabase h2File(Path file) {
        String url = "jdbc:h2:file:" + file.toAbsolutePath();
        return new AppDatabase(Database.H2, new DatabaseConnection(url, "sa", "", "PUBLIC"), List.of(AppEntities.ALL));
    }

    public ActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** SQL statements executed so far on this database, migration included. */
    public int statementsExecuted() {
        return counting.statements();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
        counting.close();
    }

    /** Configured as Jira's Active Objects plugin configures it for an app. */
    private static final class AppConfiguration implements EntityManagerConfiguration {
        private final NameConverters nameConverters = new SimpleNameConverters(
                new AtlassianTableNameConverter(AppTablePrefix.forApp()),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter());

        @Override
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }
}
