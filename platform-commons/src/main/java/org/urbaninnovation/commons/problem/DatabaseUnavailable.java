package org.urbaninnovation.commons.problem;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures that say the database is away, stopped, full or out of connections rather than that the
 * request was wrong: a client should retry later (503), not report a bug (500). PostgreSQL's SQL
 * states 08 (connection), 53 (insufficient resources: disk full, out of memory, too many
 * connections), 57P01-57P03 (shutting down, starting up), and the pool's acquisition timeout.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseUnavailable() {
    }

    static Optional<String> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08")) {
                    return Optional.of("no connection to it");
                }
                if (state.equals("53100")) {
                    return Optional.of("its disk is full");
                }
                if (state.startsWith("53")) {
                    return Optional.of("it is out of resources");
                }
                if (state.startsWith("57P0")) {
                    return Optional.of("it is shutting down or starting");
                }
                if (state.equals("25006")) {
                    return Optional.of("it is read-only");
                }
                // Agroal says "Acquisition timeout while waiting for new connection" from the pool's
                // queue, and "Sorry, acquisition timeout!" when the wait ends inside a transaction.
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (message.contains("acquisition timeout")) {
                    return Optional.of("every connection is busy");
                }
            }
        }
        return Optional.empty();
    }
}
