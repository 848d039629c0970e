package org.urbaninnovation.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: started once per test JVM, one database per
 * service (init arg {@code database}). Where {@code TEST_DB_URL} names a server
 * (for example {@code jdbc:postgresql://localhost:5432/}), that server is used instead, with
 * {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres embedded;

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Server server = server();
        createDatabaseIfMissing(server, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.url() + database,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The server outlives a single test class: the next class of this JVM reuses it, and the
        // JVM's exit stops it (EmbeddedPostgres registers its own shutdown hook).
    }

    private static synchronized Server server() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Server(url.endsWith("/") ? url : url + "/",
                    System.getenv().getOrDefault("TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("TEST_DB_PASSWORD", "postgres"));
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/", "postgres", "postgres");
    }

    private static void createDatabaseIfMissing(Server server, String database) {
        try (Connection c = DriverManager.getConnection(server.url() + "postgres", server.user(), server.password());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database \"" + database + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + " on " + server.url(), e);
        }
    }

    private record Server(String url, String user, String password) {
    }
}
