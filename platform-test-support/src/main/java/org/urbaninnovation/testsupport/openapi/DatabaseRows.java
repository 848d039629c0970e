package org.urbaninnovation.testsupport.openapi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A fingerprint of every table of a service's database: its row count and the newest row version
 * ({@code xmin}), so that an insert, an update or a delete anywhere changes it.
 */
public final class DatabaseRows implements Supplier<Map<String, String>> {

    private final String url;
    private final String user;
    private final String password;

    public DatabaseRows(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The running test application's own database, or nothing to count where it has none (the gateway). */
    public static Supplier<Map<String, String>> ofTestApplication() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("quarkus.datasource.jdbc.url", String.class)
                .<Supplier<Map<String, String>>>map(url -> new DatabaseRows(url,
                        config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null)))
                .orElse(Map::of);
    }

    @Override
    public Map<String, String> get() {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history' order by tablename")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, String> fingerprint = new TreeMap<>();
            if (tables.isEmpty()) {
                return fingerprint;
            }
            String sql = String.join(" union all ", tables.stream().map(t -> "select '" + t + "', count(*) || ':' ||"
                    + " coalesce(max(xmin::text::bigint), 0) from \"" + t + "\"").toList());
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    fingerprint.put(rs.getString(1), rs.getString(2));
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the rows of " + url, e);
        }
    }
}
