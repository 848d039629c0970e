package org.urbaninnovation.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform's own PostgreSQL: real binaries from Maven Central, a data directory under
 * {@code .platform/pgdata} that survives restarts, one database and owner role per service.
 */
final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;

    private LocalPostgres(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static LocalPostgres start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // An acknowledged commit must survive a crash of any process. The embedded library's
                    // defaults (fsync off by its -F flag, synchronous_commit off) acknowledge a commit before its
                    // WAL reaches the disk: a SIGKILL of PostgreSQL then lost 12-38 of ~600 acknowledged creates.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    // The default 128 MB held neither a million-row catalogue's search tables nor the metrics
                    // rollup beside the observations; memory is only taken as pages are read.
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setRegisterShutdownHook(false)
                    .start();
            return new LocalPostgres(postgres, port);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
            throw new LauncherException("PostgreSQL did not start on port " + port + ": " + cause, e);
        }
    }

    /** The postmaster's pid, from the file PostgreSQL itself keeps in its data directory. */
    static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    int port() {
        return port;
    }

    void ensureDatabases(List<String> databases) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            for (String database : databases) {
                if (!exists(c, "select 1 from pg_roles where rolname = ?", database)) {
                    s.execute("create role \"" + database + "\" login password '" + database + "'");
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                    s.execute("create database \"" + database + "\" owner \"" + database + "\"");
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("Cannot create the service databases: " + e.getMessage(), e);
        }
    }

    /** The settings that decide whether an acknowledged commit survives a crash, as the running server reports them. */
    String durabilitySettings() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select string_agg(name || '=' || setting, ' ' order by name) from pg_settings"
                        + " where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new LauncherException("Cannot read PostgreSQL's settings: " + e.getMessage(), e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
