package org.urbaninnovation.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which failures say the database is away or busy (a 503 to retry), however deep they are wrapped. */
class DatabaseUnavailableTest {

    @Test
    void bothOfThePoolsAcquisitionTimeoutsAreABusyDatabase() {
        assertEquals(Optional.of("every connection is busy"), DatabaseUnavailable.in(
                new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        // As Hibernate wraps it when the wait ends inside a transaction (an autosave under load).
        assertEquals(Optional.of("every connection is busy"), DatabaseUnavailable.in(new IllegalStateException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aConnectionFailureAndAFullDiskAreTooButAWrongStatementIsNot() {
        assertEquals(Optional.of("no connection to it"), DatabaseUnavailable.in(new SQLException("refused", "08001")));
        assertEquals(Optional.of("its disk is full"), DatabaseUnavailable.in(new SQLException("no space", "53100")));
        assertEquals(Optional.empty(), DatabaseUnavailable.in(new SQLException("syntax error", "42601")));
    }
}
