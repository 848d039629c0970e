package org.urbaninnovation.submissions.infrastructure;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The server's clock, the only source of "now" for deadlines, audit rows and decisions: one bean,
 * so that a test can replace it and move time instead of waiting for it.
 */
public class ServerClock {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
