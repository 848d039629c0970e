package org.urbaninnovation.submissions.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain SQL where a set-based statement does what entities would do row by row (rankings, progress
 * counts, batch inserts). It runs on the transaction's connection, so it sees the transaction's own
 * writes and commits with them. Every value is bound as a parameter.
 */
@ApplicationScoped
class Jdbc {

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params);
                ResultSet rs = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql.strip().lines().findFirst().orElse(sql), e);
        }
    }

    int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql.strip().lines().findFirst().orElse(sql), e);
        }
    }

    /** A uuid[] parameter, for statements that insert many rows from arrays in one round trip. */
    static UuidArray uuids(List<UUID> ids) {
        return new UuidArray(ids.toArray(UUID[]::new));
    }

    /** A text[] parameter. */
    static TextArray texts(List<String> values) {
        return new TextArray(values.toArray(String[]::new));
    }

    record UuidArray(UUID[] values) {
    }

    record TextArray(String[] values) {
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant t) {
                s.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (p instanceof UuidArray a) {
                Array array = c.createArrayOf("uuid", a.values());
                s.setArray(i + 1, array);
            } else if (p instanceof TextArray a) {
                s.setArray(i + 1, c.createArrayOf("text", a.values()));
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }
}
