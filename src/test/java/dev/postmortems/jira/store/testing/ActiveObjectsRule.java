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
import net.java.ao.builder.EntityManagerBuilder;
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

    @SafeVarargs
    public ActiveObjectsRule(Database database, Class<? extends RawEntity<?>>... entities) {
        this.database = database;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() throws SQLException {
        DatabaseConnection connection = database.open();
        entityManager = EntityManagerBuilder.url(connection.url())
                .username(connection.user())
                .password(connection.password())
                .schema(connection.schema())
                .none()
                .tableNameConverter(new AtlassianTableNameConverter(AppTablePrefix.forApp()))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
        @SuppressWarnings("unchecked")
        Class<? extends RawEntity<?>>[] toMigrate = entities.toArray(new Class[0]);
        entityManager.migrate(toMigrate);
    }

    @Override
    protected void after() {
        if (entityManager != null) {
            entityManager.getProvider().dispose();
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
}
