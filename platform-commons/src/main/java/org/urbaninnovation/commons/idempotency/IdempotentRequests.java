package org.urbaninnovation.commons.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Creates that a client may safely retry: the first request with an {@code Idempotency-Key} runs
 * and its answer is stored in the same transaction; the same key with the same body gets that
 * answer again, the same key with another body is refused. Keys belong to their caller and their
 * operation, so two clients never collide. Concurrent duplicates wait on the key's row until the
 * first commits. A key is remembered for {@code platform.idempotency.retention} (24 h): records
 * older than that are deleted by the next keyed request once per {@code platform.idempotency.purge-every},
 * so the table holds about a day of creates rather than every create ever made.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = false)
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 255;
    public static final String REPLAYED = "Idempotency-Replayed";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Duration retention;
    private final long purgeEveryNanos;
    private final AtomicLong nextPurge = new AtomicLong(System.nanoTime());

    public IdempotentRequests(DataSource dataSource, ObjectMapper mapper,
            @ConfigProperty(name = "platform.idempotency.retention", defaultValue = "24H") Duration retention,
            @ConfigProperty(name = "platform.idempotency.purge-every", defaultValue = "1H") Duration purgeEvery) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.retention = retention;
        this.purgeEveryNanos = purgeEvery.toNanos();
    }

    @Transactional
    public Response run(String key, String caller, String scope, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw ProblemException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
        String hash = hash(scope, request);
        String clientKey = key;
        key = caller + "\n" + scope + "\n" + key;
        try (Connection c = dataSource.getConnection()) {
            purgeWhenDue(c);
            if (claim(c, key, scope, hash)) {
                Response response = action.get();
                store(c, key, response);
                return response;
            }
            return replay(c, key, clientKey, scope, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }

    /** Deletes expired records, at most once per interval across the requests of this instance. */
    private void purgeWhenDue(Connection c) throws SQLException {
        long due = nextPurge.get();
        if (System.nanoTime() - due < 0 || !nextPurge.compareAndSet(due, System.nanoTime() + purgeEveryNanos)) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement(
                "delete from idempotency_record where created_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, retention.toMillis() / 1000.0);
            delete.executeUpdate();
        }
    }

    private boolean claim(Connection c, String key, String scope, String hash) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into idempotency_record (key, scope, request_hash, status) values (?, ?, ?, 0) on conflict (key) do nothing")) {
            insert.setString(1, key);
            insert.setString(2, scope);
            insert.setString(3, hash);
            return insert.executeUpdate() == 1;
        }
    }

    private void store(Connection c, String key, Response response) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update idempotency_record set status = ?, location = ?, body = ?, etag = ? where key = ?")) {
            update.setInt(1, response.getStatus());
            update.setString(2, response.getLocation() == null ? null : response.getLocation().toString());
            update.setString(3, response.hasEntity() ? json(response.getEntity()) : null);
            update.setString(4, response.getHeaderString(HttpHeaders.ETAG));
            update.setString(5, key);
            update.executeUpdate();
        }
    }

    private Response replay(Connection c, String key, String clientKey, String scope, String hash) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select scope, request_hash, status, location, body, etag from idempotency_record where key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                if (!rs.getString(1).equals(scope) || !rs.getString(2).equals(hash)) {
                    throw new ProblemException(ProblemType.UNPROCESSABLE, "The Idempotency-Key '" + clientKey
                            + "' was already used for a different request; use a new key for a new request.");
                }
                Response.ResponseBuilder builder = Response.status(rs.getInt(3)).header(REPLAYED, "true");
                if (rs.getString(4) != null) {
                    builder.header(HttpHeaders.LOCATION, rs.getString(4));
                }
                if (rs.getString(6) != null) {
                    builder.header(HttpHeaders.ETAG, rs.getString(6));
                }
                if (rs.getString(5) != null) {
                    builder.entity(rs.getString(5).getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return builder.build();
            }
        }
    }

    private String hash(String scope, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scope + "\n" + json(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
