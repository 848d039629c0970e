package org.urbaninnovation.commons.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The cursors in the service's table {@code feed_cursor (feed, last_seq, applied_events,
 * updated_at)}, which each consuming service creates by a migration of its own. Written on the
 * connection of the caller's transaction, so the cursor commits with the effects of its page.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql", enableIfMissing = false)
public class JdbcFeedCursors implements FeedCursors {

    private final DataSource dataSource;

    public JdbcFeedCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long position(String feed) {
        return lastSeq("select last_seq from feed_cursor where feed = ?", feed);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long lock(String feed) {
        update("insert into feed_cursor (feed, last_seq) values (?, 0) on conflict (feed) do nothing", feed);
        return lastSeq("select last_seq from feed_cursor where feed = ? for update", feed);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String feed, long lastSeq, int events) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "update feed_cursor set last_seq = ?, applied_events = applied_events + ?, updated_at = now() where feed = ?")) {
            update.setLong(1, lastSeq);
            update.setLong(2, events);
            update.setString(3, feed);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the cursor of the " + feed + " feed", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void rewind(String feed) {
        update("update feed_cursor set last_seq = 0, applied_events = 0, updated_at = now() where feed = ?", feed);
    }

    private long lastSeq(String sql, String feed) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, feed);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the cursor of the " + feed + " feed", e);
        }
    }

    private void update(String sql, String feed) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, feed);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the cursor of the " + feed + " feed", e);
        }
    }
}
