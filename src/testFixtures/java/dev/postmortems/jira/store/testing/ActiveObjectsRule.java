package dev.postmortems.jira.store.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.junit.rules.ExternalResource;
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
    private AppDatabase open;

    @SafeVarargs
    public ActiveObjectsRule(Database database, Class<? extends RawEntity<?>>... entities) {
        this.database = database;
        this.entities = List.of(entities);
    }

    @Override
    protected void before() {
        open = new AppDatabase(database, database.open(), entities);
    }

    @Override
    protected void after() {
        if (open != null) {
            open.close();
        }
    }

    public ActiveObjects activeObjects() {
        return open.activeObjects();
    }

    public EntityManager entityManager() {
        return open.entityManager();
    }

    public Database database() {
        return database;
    }

    /** SQL statements executed so far on this test's database, migration included. */
    public int statementsExecuted() {
        return open.statementsExecuted();
    }
}
