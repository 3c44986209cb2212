package vn.motcua.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose prepared SELECTs, while explaining, also run as EXPLAIN (ANALYZE, BUFFERS) with
 * the same parameters: the plans of exactly the SQL the engine (MyBatis, which calls {@code execute})
 * and our services send, whichever thread (HTTP worker or caller) runs them. Run nothing else while
 * explaining: statements of other threads would be explained too.
 */
public final class ExplainingDataSource extends DelegatingDataSource {

    private volatile List<String> plans;

    public ExplainingDataSource(DataSource target) {
        super(target);
    }

    /** Starts collecting the plans of the SELECTs sent from now on. */
    public void startExplaining() {
        plans = Collections.synchronizedList(new ArrayList<>());
    }

    /** Stops collecting and returns the plans collected since {@link #startExplaining()}. */
    public List<String> stopExplaining() {
        List<String> taken = plans;
        plans = null;
        return taken == null ? List.of() : List.copyOf(taken);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = super.getConnection();
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                            && sql.stripLeading().toLowerCase().startsWith("select")) {
                        return statement(connection, (PreparedStatement) result, sql);
                    }
                    return result;
                });
    }

    private PreparedStatement statement(Connection connection, PreparedStatement target, String sql) {
        List<Object[]> settings = new ArrayList<>();
        List<Method> setters = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        setters.add(method);
                        settings.add(args);
                    }
                    List<String> collected = plans;
                    if ((method.getName().equals("executeQuery") || method.getName().equals("execute"))
                            && collected != null && (args == null || args.length == 0)) {
                        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
                            for (int i = 0; i < setters.size(); i++) {
                                setters.get(i).invoke(explain, settings.get(i));
                            }
                            StringBuilder plan = new StringBuilder(sql.strip().replaceAll("\\s+", " ")).append("\n\n");
                            try (ResultSet rows = explain.executeQuery()) {
                                while (rows.next()) {
                                    plan.append(rows.getString(1)).append('\n');
                                }
                            }
                            collected.add(plan.toString());
                        }
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
