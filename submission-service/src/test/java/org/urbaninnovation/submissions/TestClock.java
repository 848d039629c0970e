package org.urbaninnovation.submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The server clock in tests: real time unless a test moves it, so deadline rules are tested at the
 * exact instant they are about and never by waiting. A test that moves it puts it back.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile Instant frozen;

    /** From now on the clock reads {@code instant} and runs on from there. */
    public void set(Instant instant) {
        frozen = null;
        offset = Duration.between(Instant.now(), instant);
    }

    /** The clock reads {@code instant} until it is set again: for rules about one exact instant. */
    public void freeze(Instant instant) {
        frozen = instant;
    }

    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The server clock is UTC");
    }
}
