package dev.postmortems.jira.store.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DisposableDataSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pooled connections, as Jira's are, that count every SQL statement executed through them, so a test can prove
 * "a fixed number of queries, whatever the size".
 */
final class CountingDataSource implements AutoCloseable {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final AtomicInteger statements = new AtomicInteger();
    private final DatabaseConnection connection;
    private final HikariDataSource pool;

    CountingDataSource(DatabaseConnection connection) {
        this.connection = connection;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.url());
        config.setUsername(connection.user());
        config.setPassword(connection.password());
        config.setMaximumPoolSize(8);
        this.pool = new HikariDataSource(config);
    }

    @Override
    public void close() {
        pool.close();
    }

    int statements() {
        return statements.get();
    }

    DisposableDataSource dataSource() {
        return (DisposableDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DisposableDataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> wrap(pool.getConnection(), Connection.class);
                    case "dispose" -> null;
                    case "unwrap" -> null;
                    case "isWrapperFor" -> false;
                    case "getLoginTimeout" -> 0;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "counting data source for " + connection.url();
                    default -> throw new SQLException("Not supported in tests: " + method.getName());
                });
    }

    /** Wraps connections and the statements they make; counts each execution. */
    private <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                statements.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                return wrap(statement, statementType(statement));
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    @SuppressWarnings("unchecked")
    private static <S extends Statement> Class<S> statementType(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return (Class<S>) java.sql.CallableStatement.class;
        }
        if (statement instanceof java.sql.PreparedStatement) {
            return (Class<S>) java.sql.PreparedStatement.class;
        }
        return (Class<S>) Statement.class;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
