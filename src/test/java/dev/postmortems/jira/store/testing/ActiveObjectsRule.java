package dev.postmortems.jira.store.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;
import org.junit.rules.ExternalResource;

import java.sql.SQLException;
import java.util.List;

/**
 * A real Active Objects {@link EntityManager} on a fresh, empty database for each test, with Atlassian's name
 * converters and this app's table prefix, and the app's entities migrated, as Jira's Active Objects plugin does.
 *
 * <pre>
 * {@literal @}RunWith(Parameterized.class) on {@link Database#all()}, then
 * {@literal @}Rule public ActiveObjectsRule ao = new ActiveObjectsRule(database, TimelineEntryEntity.class);
 * </pre>
 */
public final class ActiveObjectsRule extends ExternalResource {
    private final Database database;
    private final List<Class<? extends RawEntity<?>>> entities;
    private EntityManager entityManager;
    private CountingDataSource counting;

    @SafeVarargs
    public ActiveObjectsRule(Database database, Class<? extends RawEntity<?>>... entities) {
        this.database = database;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() throws SQLException {
        DatabaseConnection connection = database.open();
        counting = new CountingDataSource(connection);
        DatabaseProvider provider = switch (database) {
            case H2 -> new H2DatabaseProvider(counting.dataSource(), connection.schema());
            case POSTGRESQL -> new PostgreSQLDatabaseProvider(counting.dataSource(), connection.schema());
        };
        entityManager = new EntityManager(provider, new AppConfiguration());
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] toMigrate = entities.toArray(new Class[0]);
        entityManager.migrate(toMigrate);
    }

    @Override
    protected void after() {
        if (entityManager != null) {
            entityManager.getProvider().dispose();
        }
        if (counting != null) {
            counting.close();
        }
    }

    public ActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public Database database() {
        return database;
    }

    /** SQL statements executed so far on this test's database, migration included. */
    public int statementsExecuted() {
        return counting.statements();
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
