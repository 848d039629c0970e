package org.urbaninnovation.commons.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The transactional outbox of a service: events are written by the transaction that makes the
 * change, and served in order to consumers that poll {@code /internal/v1/events}.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = false)
public class Outbox {

    /**
     * Appends serialize on this lock so that sequence numbers commit in order: otherwise a reader
     * could see seq 8 before a slower transaction commits seq 7, move its cursor past 7 and never
     * see it. Writes are rare next to reads, so the serialization costs nothing noticeable.
     */
    private static final long APPEND_LOCK = 0x6f7574626f78L;

    private final DataSource dataSource;
    private final ObjectMapper mapper;

    public Outbox(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Records an event in the caller's transaction: it exists exactly when the change commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String aggregateType, Object aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, APPEND_LOCK);
                lock.execute();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into outbox_event (id, type, aggregate_type, aggregate_id, payload) values (?, ?, ?, ?, ?::jsonb)")) {
                insert.setObject(1, id);
                insert.setString(2, type);
                insert.setString(3, aggregateType);
                insert.setString(4, aggregateId.toString());
                insert.setString(5, mapper.writeValueAsString(payload));
                insert.executeUpdate();
            }
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot append " + type + " to the outbox", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EventPage after(long after, int limit) {
        List<EventEnvelope> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select seq, id, type, aggregate_type, aggregate_id, occurred_at, schema_version, payload::text"
                                + " from outbox_event where seq > ? order by seq limit ?")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new EventEnvelope(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getInt(7),
                            mapper.readTree(rs.getString(8))));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
        }
        long lastSeq = events.isEmpty() ? after : events.get(events.size() - 1).seq();
        return new EventPage(events, after, limit, lastSeq);
    }
}
