package dev.postmortems.jira.rest.testing;

import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * The whole app over the Jira double for one test: a fresh database, then the {@link PostmortemFixture} on it.
 * <pre>{@literal @}Rule public final PostmortemAppRule app = new PostmortemAppRule();</pre>
 */
public final class PostmortemAppRule implements TestRule {
    private final ActiveObjectsRule ao;
    private PostmortemFixture fixture;

    public PostmortemAppRule() {
        this(Database.H2);
    }

    public PostmortemAppRule(Database database) {
        this.ao = new ActiveObjectsRule(database, AppEntities.ALL);
    }

    @Override
    public Statement apply(Statement base, Description description) {
        ExternalResource app = new ExternalResource() {
            @Override
            protected void before() throws Throwable {
                fixture = new PostmortemFixture(ao.activeObjects());
            }

            @Override
            protected void after() {
                fixture.close();
            }
        };
        return RuleChain.outerRule(ao).around(app).apply(base, description);
    }

    public PostmortemFixture fixture() {
        return fixture;
    }

    public ActiveObjectsRule ao() {
        return ao;
    }
}
